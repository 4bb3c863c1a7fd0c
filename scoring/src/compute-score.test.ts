import { describe, expect, it } from 'vitest';
import { computeScore, computeScoreValue } from './compute-score.js';
import { addDays } from './dates.js';
import type { ScoreEvent } from './events.js';
import { DEFAULT_SCORE_PARAMS } from './params.js';
import { AS_OF, ago, open, paid, publication, recommendation } from './testing/events.fixture.js';

const sut = computeScore;

/** n invoices of 900 € from `creditorId`, due i×7 days before asOf, paid `late` days after. */
function payments(creditorId: string, n: number, late: number): ScoreEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const dueDate = ago(7 * i + Math.max(0, late) + 1);
    return paid({ invoiceId: `${creditorId}-${i}`, creditorId, amountCents: 90_000, dueDate, paidDate: addDays(dueDate, late) });
  });
}

describe('computeScore', () => {
  it('gives a company without history the neutral score, grade B, and not enough data', () => {
    expect(sut([], AS_OF)).toEqual({
      value: 70,
      grade: 'B',
      confidence: 0,
      enoughData: false,
      trend: { direction: 'STABLE', delta: 0, previousValue: 70 },
      contributions: [],
    });
  });

  it.each([
    { case: 'one creditor paid on time', events: payments('a', 5, 0), value: 75.3 },
    { case: 'three creditors paid on time', events: ['a', 'b', 'c'].flatMap((c) => payments(c, 5, 0)), value: 80.9 },
    { case: 'five creditors paid on time', events: ['a', 'b', 'c', 'd', 'e'].flatMap((c) => payments(c, 5, 0)), value: 83.3 },
    { case: 'three creditors paid 20 days early', events: ['a', 'b', 'c'].flatMap((c) => payments(c, 5, -20)), value: 86.7 },
    { case: 'one creditor paid 15 days late', events: payments('a', 5, 15), value: 65.8 },
    { case: 'three creditors paid 30 days late', events: ['a', 'b', 'c'].flatMap((c) => payments(c, 5, 30)), value: 51.8 },
    { case: 'three creditors paid 90 days late', events: ['a', 'b', 'c'].flatMap((c) => payments(c, 5, 90)), value: 42.7 },
  ])('scores $case at $value', ({ events, value }) => {
    expect(sut(events, AS_OF).value).toBe(value);
  });

  it.each([
    [80, 'A'], [79.9, 'B'], [65, 'B'], [64.9, 'C'], [50, 'C'], [35, 'D'], [34.9, 'E'],
  ] as const)('grades a value of %s as %s', (value, grade) => {
    const events = payments('a', 1, 0);
    const neutral = value - (computeScoreValue(events, AS_OF) - DEFAULT_SCORE_PARAMS.neutral);
    expect(sut(events, AS_OF, { neutral }).grade).toBe(grade);
  });

  it('lets a single creditor leave the data insufficient, and a second one make it enough', () => {
    expect(sut(payments('a', 10, 0), AS_OF).enoughData).toBe(false);
    expect(sut([...payments('a', 10, 0), ...payments('b', 10, 0)], AS_OF).enoughData).toBe(true);
  });

  it('counts an open invoice as late by the days elapsed so far, growing each day', () => {
    const events = [open({ invoiceId: 'i', dueDate: ago(10) })];
    const values = [0, 10, 30, 60].map((d) => sut(events, addDays(AS_OF, d)).value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(4);
    expect(sut(events, ago(10)).value).toBe(70); // on its due date it is not late yet
  });

  it('gives a bonus for paying on time after a GOOD reminder, shown as its own contribution', () => {
    const plain = paid({ invoiceId: 'i', dueDate: ago(5), paidDate: ago(5) });
    const reminded = { ...plain, goodReminderBefore: true };
    const withBonus = sut([reminded], AS_OF);
    expect(withBonus.value).toBeGreaterThan(sut([plain], AS_OF).value);
    expect(withBonus.contributions.map((c) => c.kind)).toContain('GOOD_REMINDER_BONUS');
  });

  it('gives no GOOD-reminder bonus to a late payment', () => {
    const late = paid({ invoiceId: 'i', dueDate: ago(20), paidDate: ago(5), goodReminderBefore: true });
    expect(sut([late], AS_OF).contributions.map((c) => c.kind)).toEqual(['INVOICE_PAID']);
  });

  describe('publications', () => {
    const unpaid = open({ invoiceId: 'i', dueDate: ago(120) });
    const published = publication({ publicationId: 'p', invoiceId: 'i', date: ago(30) });
    const withoutPublication = computeScoreValue([unpaid], AS_OF);

    it('weigh heavily: about 30 points when fresh', () => {
      const drop = withoutPublication - computeScoreValue([unpaid, published], AS_OF);
      expect(drop).toBeGreaterThan(25);
      expect(drop).toBeLessThanOrEqual(30);
    });

    it('decay slowly: half of the penalty remains after two years', () => {
      const old = publication({ publicationId: 'p', invoiceId: 'i', date: ago(730) });
      const [c] = sut([old], AS_OF).contributions;
      expect(c?.effect).toBe(-15);
    });

    it('are reduced, not erased, once settled', () => {
      const settled: ScoreEvent = { id: 's', kind: 'PUBLICATION_SETTLED', date: ago(10), publicationId: 'p' };
      const payment = paid({ invoiceId: 'i', dueDate: ago(120), paidDate: ago(10) });
      const before = sut([unpaid, published, payment], AS_OF).contributions.find((c) => c.kind === 'PUBLICATION');
      const after = sut([unpaid, published, payment, settled], AS_OF).contributions.find((c) => c.kind === 'PUBLICATION');
      expect(after?.effect).toBeLessThan(0);
      expect(after?.effect).toBeGreaterThan(before?.effect ?? 0);
      expect(after?.label).toBe('Facture publiée sur BADPayeur, réglée depuis');
    });

    it('have no effect at all once removed by moderation', () => {
      const removed: ScoreEvent = { id: 'r', kind: 'PUBLICATION_REMOVED', date: ago(5), publicationId: 'p' };
      expect(computeScoreValue([unpaid, published, removed], AS_OF)).toBe(withoutPublication);
    });

    it('count together at most as one fresh publication per creditor', () => {
      const second = publication({ publicationId: 'q', invoiceId: 'j', date: ago(30) });
      const otherCreditor = publication({ publicationId: 'r', invoiceId: 'k', creditorId: 'c2', date: ago(30) });
      const sameCreditor = computeScoreValue([published, second], AS_OF);
      expect(sameCreditor).toBe(70 - DEFAULT_SCORE_PARAMS.publicationPoints);
      expect(computeScoreValue([published, otherCreditor], AS_OF)).toBeLessThan(sameCreditor);
    });
  });

  it('removes every effect of an invoice whose dispute the debtor won, publication included', () => {
    const unpaid = open({ invoiceId: 'i', dueDate: ago(120) });
    const published = publication({ publicationId: 'p', invoiceId: 'i', date: ago(30) });
    const won: ScoreEvent = { id: 'w', kind: 'INVOICE_DISPUTE_WON', date: ago(2), invoiceId: 'i' };
    expect(sut([unpaid, published, won], AS_OF).value).toBe(70);
    expect(sut([unpaid, published, won], ago(3)).value).toBeLessThan(50); // history before the ruling stands
  });

  it('removes every effect of a cancelled invoice', () => {
    const cancelled: ScoreEvent = { id: 'x', kind: 'INVOICE_CANCELLED', date: ago(1), invoiceId: 'i' };
    expect(sut([open({ invoiceId: 'i', dueDate: ago(60) }), cancelled], AS_OF).value).toBe(70);
  });

  describe('recommendations', () => {
    const rec = recommendation({ creditorId: 'c1', date: ago(0), recommenderScore: 100 });
    const paidByRecommender = paid({ invoiceId: 'i', creditorId: 'c1', dueDate: ago(400), paidDate: ago(400) });

    it('count only from creditors that the debtor paid', () => {
      expect(sut([rec], AS_OF).value).toBe(70);
      const withPayment = computeScoreValue([paidByRecommender], AS_OF);
      expect(computeScoreValue([paidByRecommender, rec], AS_OF)).toBe(withPayment + 2);
    });

    it('weigh by the recommender’s own score, a missing score counting as neutral', () => {
      const effect = (recommenderScore: number | null): number | undefined =>
        sut([paidByRecommender, { ...rec, recommenderScore }], AS_OF).contributions.find((c) => c.kind === 'RECOMMENDATION')?.effect;
      expect([effect(100), effect(50), effect(null)]).toEqual([2, 1, 1.4]);
    });

    it('are bounded in total', () => {
      const creditors = Array.from({ length: 8 }, (_, i) => `r${i}`);
      const events = creditors.flatMap((creditorId) => [
        paid({ invoiceId: `i-${creditorId}`, creditorId, dueDate: ago(2000), paidDate: ago(2000) }),
        recommendation({ creditorId, date: ago(0), recommenderScore: 100 }),
      ]);
      const withoutRecommendations = events.filter((e) => e.kind !== 'RECOMMENDATION');
      const bonus = computeScoreValue(events, AS_OF) - computeScoreValue(withoutRecommendations, AS_OF);
      expect(bonus).toBeCloseTo(DEFAULT_SCORE_PARAMS.recommendationMaxPoints, 5);
    });

    it('stop counting once withdrawn', () => {
      const withdrawn: ScoreEvent = { id: 'w', kind: 'RECOMMENDATION_WITHDRAWN', date: ago(0), creditorId: 'c1' };
      expect(computeScoreValue([paidByRecommender, rec, withdrawn], AS_OF)).toBe(computeScoreValue([paidByRecommender], AS_OF));
    });
  });

  it('multiplies a creditor’s weight by its reliability', () => {
    const report = (creditorReliability: number): ScoreEvent[] => [
      open({ invoiceId: 'i', dueDate: ago(40), creditorReliability }),
    ];
    const full = 70 - computeScoreValue(report(1), AS_OF);
    const half = 70 - computeScoreValue(report(0.5), AS_OF);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(full);
    expect(computeScoreValue(report(0), AS_OF)).toBe(70);
  });

  it('weighs a publication by its creditor’s reliability', () => {
    const pub = (creditorReliability?: number) => [
      open({ invoiceId: 'i', dueDate: ago(60) }),
      publication({ publicationId: 'p', invoiceId: 'i', date: ago(10), ...(creditorReliability === undefined ? {} : { creditorReliability }) }),
    ];
    const unpublished = computeScoreValue([open({ invoiceId: 'i', dueDate: ago(60) })], AS_OF);
    const full = unpublished - computeScoreValue(pub(), AS_OF);
    const half = unpublished - computeScoreValue(pub(0.5), AS_OF);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeCloseTo(full / 2, 0);
  });

  it('lets old behaviour fade back towards neutral', () => {
    const late = payments('a', 3, 60);
    const now = computeScoreValue(late, AS_OF);
    const later = computeScoreValue(late, addDays(AS_OF, 730));
    expect(later).toBeGreaterThan(now);
    expect(later).toBeLessThan(70);
  });

  it('rewrites history when a payment is recorded late with its real, earlier date', () => {
    const unpaid = open({ invoiceId: 'i', dueDate: ago(60) });
    const recordedToday = paid({ invoiceId: 'i', dueDate: ago(60), paidDate: ago(60) });
    expect(computeScoreValue([unpaid], ago(30))).toBeLessThan(70);
    expect(computeScoreValue([unpaid, recordedToday], ago(30))).toBeGreaterThan(70);
  });

  it('reports an upward trend after a month of on-time payments to new creditors', () => {
    const events = ['a', 'b', 'c'].flatMap((creditorId) =>
      [5, 15, 25].map((d) => paid({ invoiceId: `${creditorId}${d}`, creditorId, dueDate: ago(d), paidDate: ago(d) })),
    );
    const { trend, value } = sut(events, AS_OF);
    expect(trend).toEqual({ direction: 'UP', delta: Math.round((value - 70) * 10) / 10, previousValue: 70 });
  });

  it('reports a downward trend when an invoice falls overdue', () => {
    expect(sut([open({ invoiceId: 'i', dueDate: ago(20) })], AS_OF).trend.direction).toBe('DOWN');
  });

  it('reports a stable trend when nothing changed in the window', () => {
    expect(sut(payments('a', 2, 0), addDays(AS_OF, 100)).trend.direction).toBe('STABLE');
  });

  it('accepts a Date as asOf, read as its UTC day', () => {
    const events = payments('a', 3, 10);
    expect(sut(events, new Date('2025-06-30T23:30:00Z'))).toEqual(sut(events, AS_OF));
  });

  it('rejects a malformed date with a RangeError', () => {
    expect(() => sut([], '30/06/2025')).toThrow(RangeError);
  });
});
