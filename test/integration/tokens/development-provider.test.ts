import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../../../api/src/config/env.variables.js';
import { loadConfig } from '../../../api/src/config/load-config.js';
import { DevelopmentPaymentProvider } from '../../../api/src/providers/payment/development.payment-provider.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { books, BUY_TOKEN_PACK, RECEIPTS } from './support.js';

const BASE_ENV = { DATABASE_URL: 'postgres://localhost/x', REDIS_URL: 'redis://localhost:6379/0' };
/** What production requires besides the payment settings under test. */
const PRODUCTION_ENV = { ...BASE_ENV, NODE_ENV: 'production', DEBTOR_LINK_SECRET: 'a-production-secret-of-32-chars!!' };

describe('the development payment provider', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi(); // no Stripe key, NODE_ENV=test → development provider
  });
  afterAll(() => api.close());

  it('completes a purchase at once through the same crediting path, and says so', async () => {
    const buyer = await signUpCreditor(api);
    const bought = await buyer.client.ok<{ buyTokenPack: Record<string, unknown> }>(BUY_TOKEN_PACK, { input: { packId: 'pack-10' } });

    expect(bought.buyTokenPack).toMatchObject({ provider: 'DEVELOPMENT', developmentMode: true, status: 'PAID' });
    expect(await books(api, buyer.siren)).toEqual({ balance: 15, ledgerSum: 15, entries: 2 });
    const receipts = await buyer.client.ok<{ receipts: { edges: { node: Record<string, unknown> }[] } }>(RECEIPTS);
    expect(receipts.receipts.edges[0]!.node).toMatchObject({ provider: 'DEVELOPMENT', tokens: 10, totalCents: 3600 });
  });

  it('refuses an unknown or withdrawn pack', async () => {
    const buyer = await signUpCreditor(api);
    expect(await buyer.client.error(BUY_TOKEN_PACK, { input: { packId: 'pack-9999' } })).toMatchObject({ code: 'NOT_FOUND', reason: 'PACK_NOT_FOUND' });
  });
});

describe('payment configuration', () => {
  it('refuses the development provider when NODE_ENV=production', () => {
    expect(() => loadConfig({ ...BASE_ENV, NODE_ENV: 'production', PAYMENT_PROVIDER: 'development' })).toThrow(ConfigValidationError);
    expect(() => loadConfig({ ...BASE_ENV, NODE_ENV: 'production', PAYMENT_PROVIDER: 'development' })).toThrow(/refused when NODE_ENV=production/);
    expect(() => new DevelopmentPaymentProvider('production')).toThrow(/refused when NODE_ENV=production/);
  });

  it('never falls back to the development provider in production: without Stripe keys, buying is unavailable', () => {
    expect(loadConfig(PRODUCTION_ENV).paymentProvider).toBe('none');
    expect(loadConfig({ ...BASE_ENV, NODE_ENV: 'development' }).paymentProvider).toBe('development');
  });

  it('chooses Stripe when a key is set, and then requires the webhook secret', () => {
    expect(() => loadConfig({ ...BASE_ENV, STRIPE_SECRET_KEY: 'sk_live_x' })).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
    const config = loadConfig({ ...PRODUCTION_ENV, STRIPE_SECRET_KEY: 'sk_live_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' });
    expect(config.paymentProvider).toBe('stripe');
    expect(() => loadConfig({ ...BASE_ENV, PAYMENT_PROVIDER: 'paypal', STRIPE_API_BASE: 'ftp://x' })).toThrow(
      /PAYMENT_PROVIDER must be one of[\s\S]*STRIPE_API_BASE must use http/,
    );
  });
});

describe('production without a payment provider', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ env: { PAYMENT_PROVIDER: 'none' } });
  });
  afterAll(() => api.close());

  it('answers PAYMENTS_UNAVAILABLE and credits nothing', async () => {
    const buyer = await signUpCreditor(api);
    expect(await buyer.client.error(BUY_TOKEN_PACK, { input: { packId: 'pack-10' } })).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'PAYMENTS_UNAVAILABLE',
    });
    expect(await books(api, buyer.siren)).toMatchObject({ balance: 5 });
  });
});
