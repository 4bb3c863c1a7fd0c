import { computeScore, ScoreEvent } from '@bonpayeur/scoring';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { ScoreEventsRecorder } from '../../../api/src/modules/scores/score-events.recorder.js';
import { ScoreRefreshService } from '../../../api/src/modules/scores/score-refresh.service.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor, SignedUpCreditor } from '../../support/factories/accounts.js';
import { CANCEL_INVOICE, createInvoice, IMPORT_INVOICES, invoiceCsv, MARK_INVOICE_PAID } from '../../support/factories/invoices.js';
import { uniqueSiren, uniqueSuffix } from '../../support/unique.js';
import { historyValue, NOW, publicScore, refresh, staleRow } from './support.js';

describe('score pipeline', () => {
  let api: TestApi;
  let creditor: SignedUpCreditor;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    api = await bootTestApi({ clock });
    creditor = await signUpCreditor(api);
  });
  afterAll(() => api.close());

  const events = async (siren: string): Promise<{ kind: string; occurred_on: string; payload: Record<string, unknown> }[]> =>
    api.app.get(DataSource).query(`SELECT kind, occurred_on::text AS occurred_on, payload FROM score_events WHERE company_siren = $1 ORDER BY recorded_at, kind`, [siren]);

  it('records INVOICE_OPEN at the issue date with the invoice, and marks the debtor stale', async () => {
    const debtor = uniqueSiren();
    await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04', amountCents: 90_000 });
    expect(await events(debtor)).toEqual([{ kind: 'INVOICE_OPEN', occurred_on: '2026-01-05', payload: { dueDate: '2026-02-04' } }]);
    expect(await staleRow(api, debtor)).toMatchObject({ stale_from: '2026-01-05' });
    expect((await publicScore(api.client(), debtor)).score).toBeNull();
  });

  it('rewrites the score and the history from the real date of a payment recorded late, and only after the refresh', async () => {
    const debtor = uniqueSiren();
    const invoice = await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04', amountCents: 90_000 });
    expect(await refresh(api, debtor)).toBe('REFRESHED');
    const unpaid = await publicScore(api.client(), debtor);
    expect(unpaid.score!.value).toBeLessThan(70);
    expect(await historyValue(api, debtor, '2026-02-01')).toBe(70);
    const unpaidOn20Feb = await historyValue(api, debtor, '2026-02-20');
    expect(unpaidOn20Feb).toBeLessThan(70);

    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-02-10' } });
    expect(await events(debtor)).toContainEqual({ kind: 'INVOICE_PAID', occurred_on: '2026-02-10', payload: { dueDate: '2026-02-04', goodReminderBefore: false } });
    expect(await staleRow(api, debtor)).toMatchObject({ stale_from: '2026-02-10' });
    // The public score is the materialised row: nothing moves before the worker ran (stats are plain SQL aggregates, live).
    const beforeRefresh = await publicScore(api.client(), debtor);
    expect({ score: beforeRefresh.score, history: beforeRefresh.scoreHistory }).toEqual({ score: unpaid.score, history: unpaid.scoreHistory });
    expect(beforeRefresh.stats).toEqual({ invoicesReported: 1, onTimeRate: 0, averageDaysLate: 6 });

    expect(await refresh(api, debtor)).toBe('REFRESHED');
    const paid = await publicScore(api.client(), debtor);
    const engine: ScoreEvent[] = [
      { id: 'a', kind: 'INVOICE_OPEN', date: '2026-01-05', invoiceId: invoice.id, creditorId: creditor.siren, amountCents: 90_000, dueDate: '2026-02-04' },
      { id: 'b', kind: 'INVOICE_PAID', date: '2026-02-10', invoiceId: invoice.id, creditorId: creditor.siren, amountCents: 90_000, dueDate: '2026-02-04', goodReminderBefore: false },
    ];
    expect(paid.score!.value).toBe(computeScore(engine, '2026-03-10').value);
    expect(paid.score!.value).toBeGreaterThan(unpaid.score!.value);
    // Before the payment date nothing changed; from it on, the history now shows a 6-day-late payment.
    expect(await historyValue(api, debtor, '2026-02-01')).toBe(70);
    expect(await historyValue(api, debtor, '2026-02-09')).toBe(computeScore(engine, '2026-02-09').value);
    expect(await historyValue(api, debtor, '2026-02-20')).toBe(computeScore(engine, '2026-02-20').value);
    expect(await historyValue(api, debtor, '2026-02-20')).toBeGreaterThan(unpaidOn20Feb!);
    expect(paid.scoreHistory.find((point) => point.day === '2026-02-20')?.value).toBe(computeScore(engine, '2026-02-20').value);
    expect(paid.scoreHistory.at(-1)).toMatchObject({ day: '2026-03-10', value: paid.score!.value });
    expect(await staleRow(api, debtor)).toBeUndefined();
    expect(await refresh(api, debtor)).toBe('NOT_STALE');
  });

  it('lowers the score of an open overdue invoice a little more each day, through the daily job and the sweeper', async () => {
    const debtor = uniqueSiren();
    await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-02-01', dueDate: '2026-03-01', amountCents: 500_000 });
    await refresh(api, debtor);
    const day0 = (await publicScore(api.client(), debtor)).score!.value;
    const refresher = api.app.get(ScoreRefreshService);
    try {
      clock.advanceDays(5);
      expect((await publicScore(api.client(), debtor)).score!.value).toBe(day0);
      expect(await refresher.markOverdueStale()).toBeGreaterThanOrEqual(1);
      expect(await staleRow(api, debtor)).toMatchObject({ stale_from: '2026-03-15' });
      expect(await refresher.sweep({ sirens: [debtor], minAgeSeconds: 0 })).toBe(1);

      const after = await publicScore(api.client(), debtor, 30);
      expect(after.score!.value).toBeLessThan(day0);
      // The days the job did not run are filled too, each lower than the day before.
      const days = after.scoreHistory.filter((point) => point.day >= '2026-03-10').map((point) => [point.day, point.value] as const);
      expect(days.map(([day]) => day)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
      for (let i = 1; i < days.length; i += 1) expect(days[i]![1]).toBeLessThan(days[i - 1]![1]);
      expect(after.score!.trend.direction).toBe('DOWN');
    } finally {
      clock.set(NOW);
    }
  });

  it('gives more confidence to the same record reported by three creditors than by one', async () => {
    const others = [await signUpCreditor(api), await signUpCreditor(api)];
    const single = uniqueSiren();
    const spread = uniqueSiren();
    const onTime = { issueDate: '2026-01-05', dueDate: '2026-02-04', amountCents: 90_000 };
    for (let i = 0; i < 3; i += 1) {
      const a = await createInvoice(creditor.client, { ...onTime, debtorSiren: single });
      await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: a.id, paidAt: '2026-02-01' } });
    }
    for (const c of [creditor, ...others]) {
      const b = await createInvoice(c.client, { ...onTime, debtorSiren: spread });
      await c.client.ok(MARK_INVOICE_PAID, { input: { id: b.id, paidAt: '2026-02-01' } });
    }
    await refresh(api, single);
    await refresh(api, spread);
    const one = (await publicScore(api.client(), single)).score!;
    const three = (await publicScore(api.client(), spread)).score!;
    expect(three.confidence).toBeGreaterThan(one.confidence);
    expect(three.value).toBeGreaterThan(one.value);
    expect(one.confidence).toBeLessThanOrEqual(0.35);
    // One creditor is "not enough data", but the row is still public, with enoughData false.
    expect(one).toMatchObject({ enoughData: false });
    expect(three).toMatchObject({ enoughData: true });
  });

  it('removes the effect of a cancelled invoice', async () => {
    const debtor = uniqueSiren();
    const invoice = await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04' });
    await refresh(api, debtor);
    expect((await publicScore(api.client(), debtor)).score!.value).toBeLessThan(70);
    await creditor.client.ok(CANCEL_INVOICE, { input: { id: invoice.id } });
    expect((await events(debtor)).map((e) => [e.kind, e.occurred_on])).toContainEqual(['INVOICE_CANCELLED', '2026-03-10']);
    await refresh(api, debtor);
    expect((await publicScore(api.client(), debtor)).score).toMatchObject({ value: 70, grade: 'B', confidence: 0, enoughData: false });
  });

  it('computes public stats from the invoices, cancelled ones excluded', async () => {
    const debtor = uniqueSiren();
    const dates = { issueDate: '2026-01-05', dueDate: '2026-02-04' };
    const onTime = await createInvoice(creditor.client, { ...dates, debtorSiren: debtor });
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: onTime.id, paidAt: '2026-02-04' } });
    const late = await createInvoice(creditor.client, { ...dates, debtorSiren: debtor });
    await creditor.client.ok(MARK_INVOICE_PAID, { input: { id: late.id, paidAt: '2026-02-14' } });
    await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-02-01', dueDate: '2026-03-05' }); // 5 days late today
    await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-03-01', dueDate: '2026-04-01' }); // not yet due
    const cancelled = await createInvoice(creditor.client, { ...dates, debtorSiren: debtor });
    await creditor.client.ok(CANCEL_INVOICE, { input: { id: cancelled.id } });

    const { stats } = await publicScore(api.client(), debtor);
    expect(stats).toEqual({ invoicesReported: 4, onTimeRate: 0.333, averageDaysLate: 5 });
  });

  it('answers zero reported invoices and null rates for a company nobody reported', async () => {
    const { siren } = await signUpCreditor(api);
    expect(await publicScore(api.client(), siren)).toMatchObject({ score: null, scoreHistory: [], stats: { invoicesReported: 0, onTimeRate: null, averageDaysLate: null } });
  });

  it('records INVOICE_OPEN for every imported invoice', async () => {
    const debtor = uniqueSiren();
    const csv = invoiceCsv([
      [debtor, 'Débitrice Zxqv', `I-${uniqueSuffix()}`, '100,00', '2026-01-10', '2026-02-10', '', ''],
      [debtor, 'Débitrice Zxqv', `I-${uniqueSuffix()}`, '250,00', '2026-01-12', '2026-02-12', '', ''],
    ]);
    await creditor.client.ok(IMPORT_INVOICES, { input: { csv } });
    expect((await events(debtor)).map((e) => [e.kind, e.occurred_on]).sort()).toEqual([
      ['INVOICE_OPEN', '2026-01-10'],
      ['INVOICE_OPEN', '2026-01-12'],
    ]);
    expect(await staleRow(api, debtor)).toMatchObject({ stale_from: '2026-01-10' });
  });

  it('records nothing when the payment is refused: the event lives and dies with the fact', async () => {
    const debtor = uniqueSiren();
    const invoice = await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04' });
    await refresh(api, debtor);
    const error = await creditor.client.error(MARK_INVOICE_PAID, { input: { id: invoice.id, paidAt: '2026-03-11' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect((await events(debtor)).map((e) => e.kind)).toEqual(['INVOICE_OPEN']);
    expect(await staleRow(api, debtor)).toBeUndefined();
  });

  it('refuses to update or delete a score event: corrections are new events', async () => {
    const debtor = uniqueSiren();
    await createInvoice(creditor.client, { debtorSiren: debtor });
    const db = api.app.get(DataSource);
    await expect(db.query(`UPDATE score_events SET occurred_on = occurred_on + 1 WHERE company_siren = $1`, [debtor])).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM score_events WHERE company_siren = $1`, [debtor])).rejects.toThrow(/immutable/);
    expect(await events(debtor)).toHaveLength(1);
  });

  it('keeps the company stale when an event arrives while it is being refreshed', async () => {
    const debtor = uniqueSiren();
    const invoice = await createInvoice(creditor.client, { debtorSiren: debtor, issueDate: '2026-01-05', dueDate: '2026-02-04' });
    const before = await staleRow(api, debtor);
    // A transaction records an event for the company and commits only once the refresh has started.
    const runner = api.app.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await api.app.get(ScoreEventsRecorder).record(runner.manager, {
        companySiren: debtor, kind: 'INVOICE_PAID', date: '2026-02-20', invoiceId: invoice.id, creditorId: creditor.siren,
        amountCents: 125_000, dueDate: '2026-02-04', goodReminderBefore: false,
      });
      const [{ pid }] = (await runner.query(`SELECT pg_backend_pid() AS pid`)) as [{ pid: number }];
      const refreshing = refresh(api, debtor);
      // The refresh has read the queue row and computed; its DELETE now waits for our transaction.
      await vi.waitFor(async () => {
        const blocked = (await api.app.get(DataSource).query(`SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid])) as unknown[];
        expect(blocked).toHaveLength(1);
      }, { timeout: 5_000, interval: 20 });
      await runner.commitTransaction();
      expect(await refreshing).toBe('REFRESHED');
    } finally {
      await runner.release();
    }
    const after = await staleRow(api, debtor);
    expect(Number(after!.generation)).toBeGreaterThan(Number(before!.generation));
    expect(after!.stale_from).toBe('2026-01-05');
    expect(await refresh(api, debtor)).toBe('REFRESHED');
    expect(await staleRow(api, debtor)).toBeUndefined();
  });
});
