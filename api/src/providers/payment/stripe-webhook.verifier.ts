import Stripe from 'stripe';
import { InvalidWebhookSignatureError, PaymentWebhookEvent } from './payment-provider.port.js';

/**
 * Checks the `Stripe-Signature` header against the raw body (the SDK's constructEvent: HMAC and
 * a 5-minute timestamp tolerance against replays) and maps the events we act on.
 */
export class StripeWebhookVerifier {
  constructor(private readonly secret: string) {}

  verify(rawBody: Buffer | undefined, signature: string | undefined): PaymentWebhookEvent {
    if (this.secret === '') throw new InvalidWebhookSignatureError('Stripe webhooks are not configured');
    if (!rawBody || rawBody.length === 0) throw new InvalidWebhookSignatureError('Empty body');
    if (!signature) throw new InvalidWebhookSignatureError('Missing Stripe-Signature header');
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(rawBody, signature, this.secret);
    } catch (error) {
      throw new InvalidWebhookSignatureError(error instanceof Error ? error.message : 'Invalid signature');
    }
    return mapEvent(event);
  }
}

/** Stripe's checkout statuses to ours, in one place. */
function mapEvent(event: Stripe.Event): PaymentWebhookEvent {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object;
      const ids = { providerSessionId: session.id, purchaseId: purchaseIdOf(session) };
      if (session.payment_status === 'unpaid') return { kind: 'CHECKOUT_AWAITING_PAYMENT', ...ids };
      return { kind: 'CHECKOUT_PAID', ...ids, amountTotalCents: session.amount_total ?? null, currency: session.currency ?? null };
    }
    case 'checkout.session.async_payment_failed': {
      const session = event.data.object;
      return { kind: 'CHECKOUT_CLOSED', providerSessionId: session.id, purchaseId: purchaseIdOf(session), status: 'FAILED' };
    }
    case 'checkout.session.expired': {
      const session = event.data.object;
      return { kind: 'CHECKOUT_CLOSED', providerSessionId: session.id, purchaseId: purchaseIdOf(session), status: 'EXPIRED' };
    }
    default:
      return { kind: 'IGNORED', providerEventType: event.type };
  }
}

function purchaseIdOf(session: Stripe.Checkout.Session): string | null {
  return session.metadata?.purchase_id ?? session.client_reference_id ?? null;
}
