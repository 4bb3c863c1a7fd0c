import { Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { CheckoutRequest, OpenedCheckout, PaymentProvider } from './payment-provider.port.js';

/** Stripe Checkout (hosted payment page) through the official SDK. */
export class StripePaymentProvider extends PaymentProvider {
  readonly name = 'STRIPE' as const;
  private readonly logger = new Logger(StripePaymentProvider.name);

  constructor(private readonly stripe: Stripe) {
    super();
  }

  async openCheckout(request: CheckoutRequest): Promise<OpenedCheckout> {
    const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = [
      {
        quantity: 1,
        price_data: {
          currency: 'eur',
          unit_amount: request.priceCents,
          product_data: { name: `${request.packName} (${request.tokens} jetons, HT)` },
        },
      },
    ];
    // VAT as its own line so the payment page shows HT, VAT and TTC like the receipt does.
    if (request.vatCents > 0) {
      lineItems.push({
        quantity: 1,
        price_data: {
          currency: 'eur',
          unit_amount: request.vatCents,
          product_data: { name: `TVA ${formatRate(request.vatRateBps)} %` },
        },
      });
    }
    const metadata = { purchase_id: request.purchaseId, company_siren: request.companySiren };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        locale: 'fr',
        client_reference_id: request.purchaseId,
        ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
        line_items: lineItems,
        metadata,
        payment_intent_data: { metadata },
        success_url: request.successUrl,
        cancel_url: request.cancelUrl,
      },
      // A retried call for the same purchase gets the same session back.
      { idempotencyKey: `token-purchase-${request.purchaseId}` },
    );
    if (!session.url) {
      this.logger.error(`Stripe returned checkout session ${session.id} without a URL`);
      throw new Error('Stripe checkout session has no URL');
    }
    return { providerSessionId: session.id, url: session.url, paidImmediately: false };
  }
}

function formatRate(bps: number): string {
  return (bps / 100).toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}
