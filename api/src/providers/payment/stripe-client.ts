import Stripe from 'stripe';
import { AppConfig } from '../../config/env.variables.js';

/** The official SDK, pointed at STRIPE_API_BASE when set (tests: a stub on 127.0.0.1). */
export function createStripeClient(config: Pick<AppConfig, 'stripeSecretKey' | 'stripeApiBase'>): Stripe {
  const options: ConstructorParameters<typeof Stripe>[1] = { maxNetworkRetries: 2, timeout: 20_000, telemetry: false };
  if (config.stripeApiBase !== '') {
    const base = new URL(config.stripeApiBase);
    options.host = base.hostname;
    options.protocol = base.protocol === 'http:' ? 'http' : 'https';
    if (base.port !== '') options.port = Number(base.port);
  }
  return new Stripe(config.stripeSecretKey, options);
}
