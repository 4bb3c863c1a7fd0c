/** What we ask a payment provider for: one hosted checkout page for one token-pack purchase. */
export interface CheckoutRequest {
  /** Our purchase id; the provider echoes it back in its webhook. */
  purchaseId: string;
  companySiren: string;
  customerEmail: string | null;
  packName: string;
  tokens: number;
  /** Euro cents; total = price (HT) + VAT. */
  priceCents: number;
  vatRateBps: number;
  vatCents: number;
  totalCents: number;
  successUrl: string;
  cancelUrl: string;
}

export interface OpenedCheckout {
  providerSessionId: string;
  url: string;
  /** True when the purchase is already paid (development provider): credit it now. */
  paidImmediately: boolean;
}

export type PaymentProviderName = 'STRIPE' | 'DEVELOPMENT';

/** A verified provider notification, mapped to our vocabulary in the adapter (one place). */
export type PaymentWebhookEvent =
  | { kind: 'CHECKOUT_PAID'; providerSessionId: string; purchaseId: string | null; amountTotalCents: number | null; currency: string | null }
  | { kind: 'CHECKOUT_AWAITING_PAYMENT'; providerSessionId: string; purchaseId: string | null }
  | { kind: 'CHECKOUT_CLOSED'; providerSessionId: string; purchaseId: string | null; status: 'FAILED' | 'EXPIRED' }
  | { kind: 'IGNORED'; providerEventType: string };

/** The port the tokens feature buys through (DESIGN §3 providers/). */
export abstract class PaymentProvider {
  abstract readonly name: PaymentProviderName;
  abstract openCheckout(request: CheckoutRequest): Promise<OpenedCheckout>;
}

/** Null when no provider is configured (production without Stripe keys): buying is unavailable. */
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

export class InvalidWebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidWebhookSignatureError';
  }
}
