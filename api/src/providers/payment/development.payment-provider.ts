import { CheckoutRequest, OpenedCheckout, PaymentProvider } from './payment-provider.port.js';

/**
 * DEVELOPMENT ONLY — takes no payment at all: every checkout is "paid" on the spot, so the demo
 * can buy packs without Stripe keys. Refused in production (here and by the config validation).
 */
export class DevelopmentPaymentProvider extends PaymentProvider {
  readonly name = 'DEVELOPMENT' as const;

  constructor(nodeEnv: string) {
    super();
    if (nodeEnv === 'production') {
      throw new Error('The development payment provider credits tokens without payment: refused when NODE_ENV=production');
    }
  }

  async openCheckout(request: CheckoutRequest): Promise<OpenedCheckout> {
    return {
      providerSessionId: `dev_${request.purchaseId}`,
      url: request.successUrl,
      paidImmediately: true,
    };
  }
}
