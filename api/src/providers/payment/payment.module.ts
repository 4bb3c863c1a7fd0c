import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { DevelopmentPaymentProvider } from './development.payment-provider.js';
import { PAYMENT_PROVIDER, PaymentProvider } from './payment-provider.port.js';
import { createStripeClient } from './stripe-client.js';
import { StripeWebhookVerifier } from './stripe-webhook.verifier.js';
import { StripePaymentProvider } from './stripe.payment-provider.js';

/** The PaymentProvider chosen by the validated config, and the Stripe webhook verifier. */
@Module({
  providers: [
    {
      provide: PAYMENT_PROVIDER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PaymentProvider | null => {
        switch (config.paymentProvider) {
          case 'stripe':
            return new StripePaymentProvider(createStripeClient(config));
          case 'development':
            new Logger('PaymentModule').warn('DEVELOPMENT payment provider: token packs are credited WITHOUT payment.');
            return new DevelopmentPaymentProvider(config.nodeEnv);
          case 'none':
            return null;
        }
      },
    },
    {
      provide: StripeWebhookVerifier,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new StripeWebhookVerifier(config.stripeWebhookSecret),
    },
  ],
  exports: [PAYMENT_PROVIDER, StripeWebhookVerifier],
})
export class PaymentModule {}
