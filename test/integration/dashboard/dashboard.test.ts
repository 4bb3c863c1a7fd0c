import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { inviteMember, signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { CANCEL_INVOICE, createInvoice, MARK_INVOICE_PAID, TestInvoice } from '../../support/factories/invoices.js';
import { uniqueEmail } from '../../support/unique.js';
import { APPLY_SCENARIO, DASHBOARD, markDisputed, markRemindersSent, SAVE_SCENARIO, STOP_RUN } from './support.js';

interface Bucket {
  start: string;
  end: string;
  invoicedCents: number;
  collectedCents: number;
  outstandingCents: number;
  overdueCents: number;
  remindersSent: number;
}
type Dashboard = Record<string, unknown> & { series: Bucket[] };

/**
 * The dashboard's figures, exact, over one creditor's book (dates in 2031, out of reach of every
 * other test's clock). The book, amounts in euros:
 *   A 1 000  issued 03-01 due 03-31 paid 04-10  reminder sent 04-01
 *   B 2 000  issued 03-15 due 04-14 open        reminder sent 04-15
 *   C 3 000  issued 04-01 due 04-20 paid 04-20
 *   D 4 000  issued 04-05 due 05-05 open
 *   E 5 000  issued 04-02 due 04-25 disputed    reminder sent 04-26
 *   F   500  issued 04-03 due 04-28 paid 05-02  run stopped at once (token refunded)
 *   G   999  cancelled; H 7 000 in USD — both out of every figure.
 */
describe('dashboard(period)', () => {
  const clock = new FixedClock(new Date('2031-03-20T10:00:00Z'));
  let api: TestApi;
  let creditor: SignedUpCreditor;

  beforeAll(async () => {
    // The clock moves weeks ahead: sessions must outlive that.
    api = await bootTestApi({ clock, env: { SESSION_TTL_DAYS: '365' } });
    creditor = await signUpCreditor(api);
    const contact = { name: 'Comptabilité', email: uniqueEmail('debtor') };
    const invoice = (amountCents: number, issueDate: string, dueDate: string, currency = 'EUR'): Promise<TestInvoice> =>
      createInvoice(creditor.client, { amountCents, issueDate, dueDate, currency, contact });
    const a = await invoice(100_000, '2031-03-01', '2031-03-31');
    const b = await invoice(200_000, '2031-03-15', '2031-04-14');
    const c = await invoice(300_000, '2031-04-01', '2031-04-20');
    await invoice(400_000, '2031-04-05', '2031-05-05');
    const e = await invoice(500_000, '2031-04-02', '2031-04-25');
    const f = await invoice(50_000, '2031-04-03', '2031-04-28');
    const g = await invoice(99_900, '2031-04-01', '2031-04-10');
    await invoice(700_000, '2031-04-01', '2031-04-15', 'USD');

    const { saveScenario } = await creditor.client.ok<{ saveScenario: { id: string } }>(SAVE_SCENARIO, {
      input: { name: 'Une relance', steps: [{ offsetDays: 1, channel: 'EMAIL', tone: 'BAD', subject: 'Facture {{invoiceNumber}}', body: 'Merci de régler la facture {{invoiceNumber}}.' }] },
    });
    const runs: Record<string, string> = {};
    for (const [name, target] of Object.entries({ a, b, e, f })) {
      const { applyScenario } = await creditor.client.ok<{ applyScenario: { id: string } }>(APPLY_SCENARIO, { input: { invoiceId: target.id, scenarioId: saveScenario.id } });
      runs[name] = applyScenario.id;
    }
    const { stopRun } = await creditor.client.ok<{ stopRun: { tokenRefunded: boolean } }>(STOP_RUN, { input: { runId: runs.f } });
    expect(stopRun.tokenRefunded).toBe(true);
    await creditor.client.ok(CANCEL_INVOICE, { input: { id: g.id } });
    for (const sent of [a, b, e]) expect(await markRemindersSent(api, sent.id)).toBe(1);
    await markDisputed(api, e.id);

    clock.set(new Date('2031-05-10T10:00:00Z'));
    for (const [paid, paidAt] of [[a, '2031-04-10'], [c, '2031-04-20'], [f, '2031-05-02']] as const) {
      await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: paid.id, paidAt } });
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  async function dashboard(client: SignedUpCreditor['client'], period: Record<string, string>): Promise<Dashboard> {
    return (await client.ok<{ dashboard: Dashboard }>(DASHBOARD, { period })).dashboard;
  }

  it('gives every figure of a closed month, read at its last day', async () => {
    const sut = await dashboard(creditor.client, { from: '2031-04-01', to: '2031-04-30', granularity: 'MONTH' });
    expect(sut).toEqual({
      from: '2031-04-01',
      to: '2031-04-30',
      asOf: '2031-04-30',
      granularity: 'MONTH',
      currency: 'EUR',
      outstandingAmountCents: 1_150_000, // B + D + E + F (F is paid only on 05-02)
      overdueAmountCents: 750_000, // B + E + F; D is due on 05-05
      invoicedAmountCents: 1_250_000, // C + D + E + F
      dsoDays: 27.6, // 1 150 000 / 1 250 000 × 30 days
      invoicesDue: 4, // B, C, E, F
      dueAmountCents: 1_050_000,
      recoveredAmountCents: 300_000, // C
      recoveryRate: 300_000 / 1_050_000,
      remindersSent: 2, // B and E; A is not due in April
      averageRemindersPerInvoice: 0.5,
      disputedInvoices: 1,
      litigationRate: 0.25,
      tokensSpent: 2, // B and E; F's token came back
      tokensPerInvoice: 0.5,
      series: [
        { start: '2031-04-01', end: '2031-04-30', invoicedCents: 1_250_000, collectedCents: 400_000, outstandingCents: 1_150_000, overdueCents: 750_000, remindersSent: 3 },
      ],
    });
  });

  it('cuts the series into ISO weeks clipped to the period, with running outstanding and overdue amounts', async () => {
    const sut = await dashboard(creditor.client, { from: '2031-04-01', to: '2031-04-30', granularity: 'WEEK' });
    expect(sut.series).toEqual([
      { start: '2031-04-01', end: '2031-04-06', invoicedCents: 1_250_000, collectedCents: 0, outstandingCents: 1_550_000, overdueCents: 100_000, remindersSent: 1 },
      { start: '2031-04-07', end: '2031-04-13', invoicedCents: 0, collectedCents: 100_000, outstandingCents: 1_450_000, overdueCents: 0, remindersSent: 0 },
      { start: '2031-04-14', end: '2031-04-20', invoicedCents: 0, collectedCents: 300_000, outstandingCents: 1_150_000, overdueCents: 200_000, remindersSent: 1 },
      { start: '2031-04-21', end: '2031-04-27', invoicedCents: 0, collectedCents: 0, outstandingCents: 1_150_000, overdueCents: 700_000, remindersSent: 1 },
      { start: '2031-04-28', end: '2031-04-30', invoicedCents: 0, collectedCents: 0, outstandingCents: 1_150_000, overdueCents: 750_000, remindersSent: 0 },
    ]);
    expect(sut.outstandingAmountCents).toBe(1_150_000);
  });

  it('ignores what happened after the period: a payment and a reminder of April do not count for March', async () => {
    const sut = await dashboard(creditor.client, { from: '2031-03-01', to: '2031-03-31', granularity: 'MONTH' });
    expect(sut).toMatchObject({
      asOf: '2031-03-31',
      outstandingAmountCents: 300_000, // A + B
      overdueAmountCents: 0, // A is due on the last day: not yet overdue
      invoicedAmountCents: 300_000,
      dsoDays: 31,
      invoicesDue: 1, // A
      recoveredAmountCents: 0,
      recoveryRate: 0,
      remindersSent: 0,
      averageRemindersPerInvoice: 0,
      litigationRate: 0,
      tokensSpent: 1,
      tokensPerInvoice: 1,
      series: [{ start: '2031-03-01', end: '2031-03-31', invoicedCents: 300_000, collectedCents: 0, outstandingCents: 300_000, overdueCents: 0, remindersSent: 0 }],
    });
  });

  it('reads a period running past today at today', async () => {
    const sut = await dashboard(creditor.client, { from: '2031-05-01', to: '2031-05-31', granularity: 'MONTH' });
    expect(sut).toMatchObject({
      asOf: '2031-05-10',
      outstandingAmountCents: 1_100_000, // B + D + E
      overdueAmountCents: 1_100_000,
      invoicedAmountCents: 0,
      dsoDays: null,
      invoicesDue: 1, // D
      recoveryRate: 0,
      series: [{ start: '2031-05-01', end: '2031-05-10', invoicedCents: 0, collectedCents: 50_000, outstandingCents: 1_100_000, overdueCents: 1_100_000, remindersSent: 0 }],
    });
  });

  it('is the same for every member with read access, and empty for another company', async () => {
    const period = { from: '2031-04-01', to: '2031-04-30', granularity: 'MONTH' };
    const support = await inviteMember(api, creditor, 'SUPPORT');
    expect(await dashboard(support.client, period)).toEqual(await dashboard(creditor.client, period));

    const stranger = await signUpCreditor(api);
    expect(await dashboard(stranger.client, period)).toMatchObject({
      outstandingAmountCents: 0,
      invoicedAmountCents: 0,
      dsoDays: null,
      invoicesDue: 0,
      recoveryRate: null,
      averageRemindersPerInvoice: null,
      litigationRate: null,
      tokensPerInvoice: null,
      series: [{ start: '2031-04-01', end: '2031-04-30', invoicedCents: 0, collectedCents: 0, outstandingCents: 0, overdueCents: 0, remindersSent: 0 }],
    });
  });

  it('refuses a bad period with a stable code and a French message', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: '2031-02-30', to: '2031-03-31' }, 'PERIOD_DATE_INVALID'],
      [{ from: '2031-04-30', to: '2031-04-01' }, 'PERIOD_REVERSED'],
      [{ from: '2029-01-01', to: '2031-04-30' }, 'PERIOD_TOO_LONG'],
      [{ from: '2031-06-01', to: '2031-06-30' }, 'PERIOD_IN_FUTURE'],
    ];
    for (const [period, reason] of cases) {
      const error = await creditor.client.error(DASHBOARD, { period });
      expect({ code: error.code, reason: error.reason }).toEqual({ code: 'BAD_USER_INPUT', reason });
      expect(error.message).toMatch(/période/i);
    }
    expect((await api.client().error(DASHBOARD, { period: { from: '2031-04-01', to: '2031-04-30' } })).code).toBe('UNAUTHENTICATED');
  });
});
