import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { startStripeStub, StripeStub } from '../../support/stubs/stripe-stub.js';
import { books, BUY_TOKEN_PACK, deliverWebhook, RECEIPTS, signedCheckoutEvent, WEBHOOK_SECRET } from './support.js';

interface Bought {
  purchaseId: string;
  checkoutUrl: string;
  provider: string;
  developmentMode: boolean;
  status: string;
}

describe('buying a token pack through Stripe Checkout', () => {
  let stripe: StripeStub;
  let api: TestApi;
  let db: DataSource;
  let buyer: SignedUpCreditor;

  beforeAll(async () => {
    stripe = await startStripeStub();
    api = await bootTestApi({
      env: { STRIPE_SECRET_KEY: 'sk_test_bonpayeur', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: stripe.url },
    });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await stripe.close();
  });
  beforeEach(async () => {
    buyer = await signUpCreditor(api);
  });

  async function buy(packId = 'pack-50'): Promise<{ bought: Bought; sessionId: string }> {
    const before = stripe.requests.length;
    const bought = (await buyer.client.ok<{ buyTokenPack: Bought }>(BUY_TOKEN_PACK, { input: { packId } })).buyTokenPack;
    const sessionId = /cs_test_stub\d+/.exec(bought.checkoutUrl)?.[0];
    expect(stripe.requests.length).toBe(before + 1);
    return { bought, sessionId: sessionId! };
  }

  it('opens a Stripe Checkout session with the pack HT, its VAT, the purchase id and the return URLs', async () => {
    const { bought, sessionId } = await buy('pack-50');

    expect(bought).toMatchObject({ provider: 'STRIPE', developmentMode: false, status: 'PENDING' });
    expect(bought.checkoutUrl).toBe(`https://checkout.stripe.com/c/pay/${sessionId}`);
    const request = stripe.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/checkout/sessions');
    expect(request.headers.authorization).toBe('Bearer sk_test_bonpayeur');
    expect(request.headers['idempotency-key']).toBe(`token-purchase-${bought.purchaseId}`);
    const back = `http://localhost:5173/jetons?achat=${bought.purchaseId}`;
    expect(request.form).toMatchObject({
      mode: 'payment',
      client_reference_id: bought.purchaseId,
      customer_email: buyer.email,
      'metadata[purchase_id]': bought.purchaseId,
      'metadata[company_siren]': buyer.siren,
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'eur',
      'line_items[0][price_data][unit_amount]': '12500',
      'line_items[0][price_data][product_data][name]': 'Pack 50 jetons (50 jetons, HT)',
      'line_items[1][price_data][unit_amount]': '2500',
      'line_items[1][price_data][product_data][name]': 'TVA 20 %',
      success_url: `${back}&statut=paye`,
      cancel_url: `${back}&statut=annule`,
    });
    expect(await books(api, buyer.siren)).toMatchObject({ balance: 5 });
  });

  it('credits the pack once when the signed webhook is delivered 5 times in a row', async () => {
    const { bought, sessionId } = await buy('pack-10');
    const { payload, signature } = signedCheckoutEvent({ id: sessionId, purchaseId: bought.purchaseId, amountTotal: 3600 });

    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await deliverWebhook(api, payload, signature));

    expect(outcomes.map((outcome) => outcome.status)).toEqual([200, 200, 200, 200, 200]);
    expect(outcomes.map((outcome) => (outcome.body as { outcome: string }).outcome)).toEqual([
      'CREDITED', 'ALREADY_CREDITED', 'ALREADY_CREDITED', 'ALREADY_CREDITED', 'ALREADY_CREDITED',
    ]);
    expect(await books(api, buyer.siren)).toEqual({ balance: 15, ledgerSum: 15, entries: 2 });
  });

  it('credits the pack once when the same webhook arrives 5 times at once', async () => {
    const { bought, sessionId } = await buy('pack-200');
    const { payload, signature } = signedCheckoutEvent({ id: sessionId, purchaseId: bought.purchaseId, amountTotal: 48000 });

    const outcomes = await Promise.all(Array.from({ length: 5 }, () => deliverWebhook(api, payload, signature)));

    expect(outcomes.every((outcome) => outcome.status === 200)).toBe(true);
    expect(outcomes.filter((outcome) => (outcome.body as { outcome: string }).outcome === 'CREDITED')).toHaveLength(1);
    expect(await books(api, buyer.siren)).toEqual({ balance: 205, ledgerSum: 205, entries: 2 });
    const receipts = await buyer.client.ok<{ receipts: { edges: { node: Record<string, unknown> }[] } }>(RECEIPTS);
    expect(receipts.receipts.edges).toHaveLength(1);
    expect(receipts.receipts.edges[0]!.node).toMatchObject({
      purchaseId: bought.purchaseId,
      packId: 'pack-200',
      packName: 'Pack 200 jetons',
      tokens: 200,
      amountExclVatCents: 40000,
      vatRateBps: 2000,
      vatCents: 8000,
      totalCents: 48000,
      currency: 'EUR',
      provider: 'STRIPE',
    });
    expect(receipts.receipts.edges[0]!.node.number).toMatch(/^BP-20\d\d-\d{6}$/);
  });

  it('rejects a forged, unsigned or wrongly-signed webhook with 400 and credits nothing', async () => {
    const { bought, sessionId } = await buy('pack-10');
    const genuine = signedCheckoutEvent({ id: sessionId, purchaseId: bought.purchaseId, amountTotal: 3600 });
    const otherSecret = signedCheckoutEvent({ id: sessionId, purchaseId: bought.purchaseId, amountTotal: 3600 }, { secret: 'whsec_attacker' });
    const tampered = genuine.payload.replace('"amount_total":3600', '"amount_total":3601');

    expect((await deliverWebhook(api, genuine.payload, null)).status).toBe(400);
    expect((await deliverWebhook(api, otherSecret.payload, otherSecret.signature)).status).toBe(400);
    expect((await deliverWebhook(api, tampered, genuine.signature)).status).toBe(400);
    expect((await deliverWebhook(api, genuine.payload, 't=1,v1=deadbeef')).status).toBe(400);

    expect(await books(api, buyer.siren)).toEqual({ balance: 5, ledgerSum: 5, entries: 1 });
    const [purchase] = (await db.query(`SELECT status, receipt_number FROM token_purchases WHERE id = $1`, [bought.purchaseId])) as {
      status: string; receipt_number: string | null;
    }[];
    expect(purchase).toEqual({ status: 'PENDING', receipt_number: null });
  });

  it('does not credit a session whose amount differs from the pack, nor one of another purchase', async () => {
    const first = await buy('pack-10');
    const second = await buy('pack-10');
    const wrongAmount = signedCheckoutEvent({ id: first.sessionId, purchaseId: first.bought.purchaseId, amountTotal: 100 });
    const wrongSession = signedCheckoutEvent({ id: second.sessionId, purchaseId: first.bought.purchaseId, amountTotal: 3600 });

    expect((await deliverWebhook(api, wrongAmount.payload, wrongAmount.signature)).body).toMatchObject({ outcome: 'AMOUNT_MISMATCH' });
    expect((await deliverWebhook(api, wrongSession.payload, wrongSession.signature)).body).toMatchObject({ outcome: 'SESSION_MISMATCH' });
    expect(await books(api, buyer.siren)).toMatchObject({ balance: 5 });
  });

  it('waits for the money of a delayed payment method, and marks an expired session', async () => {
    const delayed = await buy('pack-10');
    const unpaid = signedCheckoutEvent({ id: delayed.sessionId, purchaseId: delayed.bought.purchaseId, amountTotal: 3600, paymentStatus: 'unpaid' });
    expect((await deliverWebhook(api, unpaid.payload, unpaid.signature)).body).toMatchObject({ outcome: 'AWAITING_PAYMENT' });
    expect(await books(api, buyer.siren)).toMatchObject({ balance: 5 });
    const succeeded = signedCheckoutEvent(
      { id: delayed.sessionId, purchaseId: delayed.bought.purchaseId, amountTotal: 3600 },
      { type: 'checkout.session.async_payment_succeeded' },
    );
    expect((await deliverWebhook(api, succeeded.payload, succeeded.signature)).body).toMatchObject({ outcome: 'CREDITED' });
    expect(await books(api, buyer.siren)).toMatchObject({ balance: 15 });

    const abandoned = await buy('pack-10');
    const expired = signedCheckoutEvent(
      { id: abandoned.sessionId, purchaseId: abandoned.bought.purchaseId, amountTotal: 3600, paymentStatus: 'unpaid' },
      { type: 'checkout.session.expired' },
    );
    expect((await deliverWebhook(api, expired.payload, expired.signature)).body).toMatchObject({ outcome: 'CLOSED' });
    const [{ status }] = (await db.query(`SELECT status FROM token_purchases WHERE id = $1`, [abandoned.bought.purchaseId])) as [{ status: string }];
    expect(status).toBe('EXPIRED');
  });

  it('numbers receipts continuously and answers an ignored event type with 200', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { bought, sessionId } = await buy('pack-10');
      const event = signedCheckoutEvent({ id: sessionId, purchaseId: bought.purchaseId, amountTotal: 3600 });
      await deliverWebhook(api, event.payload, event.signature);
      const [{ receipt_number: number }] = (await db.query(`SELECT receipt_number FROM token_purchases WHERE id = $1`, [bought.purchaseId])) as [
        { receipt_number: string },
      ];
      numbers.push(number);
    }
    const sequence = numbers.map((number) => Number(number.slice(-6)));
    // Other files may pay in between; within this file's serial purchases numbers only grow.
    expect(sequence[1]! > sequence[0]! && sequence[2]! > sequence[1]!).toBe(true);
    const other = signedCheckoutEvent({ id: 'cs_x', purchaseId: 'x', amountTotal: 1 }, { type: 'customer.created' });
    expect(await deliverWebhook(api, other.payload, other.signature)).toMatchObject({ status: 200, body: { outcome: 'IGNORED' } });
  });

  it('answers PAYMENTS_UNAVAILABLE and marks the purchase FAILED when Stripe cannot open the checkout', async () => {
    stripe.failNext(3); // the SDK retries twice
    const error = await buyer.client.error(BUY_TOKEN_PACK, { input: { packId: 'pack-10' } });
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'PAYMENTS_UNAVAILABLE' });
    const [{ status }] = (await db.query(`SELECT status FROM token_purchases WHERE company_siren = $1`, [buyer.siren])) as [{ status: string }];
    expect(status).toBe('FAILED');
  });
});
