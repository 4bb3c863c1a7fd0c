import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScore, computeScoreValue } from './compute-score.js';
import { addDays, toEpochDay } from './dates.js';
import { readLedger } from './ledger.js';
import type { ScoreEvent } from './events.js';
import { DEFAULT_SCORE_PARAMS as P } from './params.js';
import {
  AS_OF,
  CREDITORS,
  ago,
  historyArb,
  invoiceEvents,
  invoiceSpecArb,
  open,
  paid,
} from './testing/events.fixture.js';

const sut = computeScore;
const runs = { numRuns: 300 };
const creditorArb = fc.constantFrom(...CREDITORS);

/** Would a counted payment from this creditor unlock a recommendation it already made? */
function unlocksRecommendation(events: readonly ScoreEvent[], creditorId: string): boolean {
  const ledger = readLedger(events, toEpochDay(AS_OF));
  const recommends = ledger.recommendations.some((r) => r.creditorId === creditorId);
  return recommends && !ledger.paidCreditors.has(creditorId);
}

describe('score properties', () => {
  it('paying an invoice earlier never lowers the score, and paying it beats leaving it unpaid', () => {
    fc.assert(
      fc.property(
        historyArb,
        creditorArb,
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: -30, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.boolean(),
        (history, creditorId, amountCents, dueAgo, a, b, goodReminderBefore) => {
          const dueDate = ago(dueAgo);
          const [earlier, later] = [Math.max(a, b), Math.min(a, b)].map((daysAgo) =>
            paid({ invoiceId: 'x', creditorId, amountCents, dueDate, paidDate: ago(daysAgo), goodReminderBefore }),
          ) as [ScoreEvent, ScoreEvent];
          const unpaid = open({ invoiceId: 'x', creditorId, amountCents, dueDate });
          const paidEarlier = computeScoreValue([...history, unpaid, earlier], AS_OF);
          const paidLater = computeScoreValue([...history, unpaid, later], AS_OF);
          const neverPaid = computeScoreValue([...history, unpaid], AS_OF);
          expect(paidEarlier).toBeGreaterThanOrEqual(paidLater);
          expect(paidLater).toBeGreaterThanOrEqual(neverPaid);
        },
      ),
      runs,
    );
  });

  it('adding a late payment or an overdue invoice never raises the score', () => {
    fc.assert(
      fc.property(
        historyArb,
        creditorArb,
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        (history, creditorId, amountCents, dueAgo, daysLate, stillOpen) => {
          fc.pre(!unlocksRecommendation(history, creditorId));
          const dueDate = ago(dueAgo);
          const added = stillOpen
            ? open({ invoiceId: 'late', creditorId, amountCents, dueDate })
            : paid({ invoiceId: 'late', creditorId, amountCents, dueDate, paidDate: addDays(dueDate, daysLate) });
          expect(computeScoreValue([...history, added], AS_OF)).toBeLessThanOrEqual(
            computeScoreValue(history, AS_OF),
          );
        },
      ),
      runs,
    );
  });

  it('the same reports from a second creditor raise the confidence', () => {
    fc.assert(
      fc.property(
        fc.array(
          // Paid reports dated no later than asOf, so each one counts.
          invoiceSpecArb.map((s) => {
            const lateness = s.lateness ?? 0;
            return { ...s, creditor: 0, lateness, removed: 'no' as const, reliability: null, dueAgo: Math.abs(s.dueAgo) + Math.max(0, lateness) };
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (specs) => {
          const first = specs.flatMap((s, i) => invoiceEvents(s, `a${i}`));
          const second = specs.flatMap((s, i) => invoiceEvents({ ...s, creditor: 1 }, `b${i}`));
          expect(sut([...first, ...second], AS_OF).confidence).toBeGreaterThan(sut(first, AS_OF).confidence);
        },
      ),
      runs,
    );
  });

  it('one creditor flooding a hundred tiny late invoices moves the score no more than its cap', () => {
    const cap = P.creditorShareCap * P.latePoints + 0.1; // + rounding of two one-decimal values
    fc.assert(
      fc.property(
        historyArb,
        fc.array(
          fc.record({ cents: fc.integer({ min: 1, max: 500 }), dueAgo: fc.integer({ min: 1, max: 700 }), late: fc.option(fc.integer({ min: 1, max: 300 })) }),
          { minLength: 100, maxLength: 100 },
        ),
        (history, flood) => {
          const flooded = flood.map((f, i) => {
            const dueDate = ago(f.dueAgo);
            return f.late === null
              ? open({ invoiceId: `flood${i}`, creditorId: 'flooder', amountCents: f.cents, dueDate })
              : paid({ invoiceId: `flood${i}`, creditorId: 'flooder', amountCents: f.cents, dueDate, paidDate: addDays(dueDate, f.late) });
          });
          const before = computeScoreValue(history, AS_OF);
          const after = computeScoreValue([...history, ...flooded], AS_OF);
          expect(after).toBeLessThanOrEqual(before);
          expect(before - after).toBeLessThanOrEqual(cap);
        },
      ),
      runs,
    );
  });

  it('any single creditor’s whole payment history moves the score by at most its capped share', () => {
    const bound = P.creditorShareCap * Math.max(P.onTimePoints + P.extraPoints, P.latePoints) + 0.1;
    fc.assert(
      fc.property(historyArb, fc.array(invoiceSpecArb, { maxLength: 40 }), (history, specs) => {
        const theirs = specs.flatMap((s, i) => invoiceEvents(s, `other${i}`)).map((e) =>
          'creditorId' in e ? { ...e, creditorId: 'newcomer' } : e,
        );
        const delta = computeScoreValue([...history, ...theirs], AS_OF) - computeScoreValue(history, AS_OF);
        expect(Math.abs(delta)).toBeLessThanOrEqual(bound);
      }),
      runs,
    );
  });

  it('the score is monotone in days late: an earlier due date never raises it', () => {
    fc.assert(
      fc.property(
        historyArb,
        creditorArb,
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -40, max: 300 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (history, creditorId, amountCents, paidAgo, lateness, more, goodReminderBefore) => {
          const paidDate = ago(paidAgo);
          const withLateness = (d: number): number =>
            computeScoreValue(
              [...history, paid({ invoiceId: 'x', creditorId, amountCents, paidDate, dueDate: addDays(paidDate, -d), goodReminderBefore })],
              AS_OF,
            );
          expect(withLateness(lateness + more)).toBeLessThanOrEqual(withLateness(lateness));
        },
      ),
      runs,
    );
  });

  it('an unpaid invoice weighs more each day it stays unpaid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ creditor: creditorArb, cents: fc.integer({ min: 1, max: 10_000_000 }), dueAgo: fc.integer({ min: -30, max: 400 }) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 200 }),
        (specs, wait) => {
          const events = specs.map((s, i) => open({ invoiceId: `o${i}`, creditorId: s.creditor, amountCents: s.cents, dueDate: ago(s.dueAgo), date: ago(500) }));
          expect(computeScoreValue(events, addDays(AS_OF, wait))).toBeLessThanOrEqual(computeScoreValue(events, AS_OF));
        },
      ),
      runs,
    );
  });

  it('the result does not depend on the order of the events', () => {
    fc.assert(
      fc.property(
        historyArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })),
        ),
        ([events, shuffled]) => {
          expect(sut(shuffled, AS_OF)).toEqual(sut(events, AS_OF));
        },
      ),
      runs,
    );
  });

  it('the neutral base plus the contributions equals the value, to the tenth', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: -100, max: 400 }), (events, shift) => {
        const result = sut(events, addDays(AS_OF, shift));
        const sumTenths = result.contributions.reduce((acc, c) => acc + Math.round(c.effect * 10), 0);
        expect(Math.round(P.neutral * 10) + sumTenths).toBe(Math.round(result.value * 10));
        for (const c of result.contributions) expect(Math.round(c.effect * 10) / 10).toBe(c.effect);
      }),
      runs,
    );
  });

  it('the value is a one-decimal number within 0..100 and the confidence within 0..1', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        const { value, confidence } = sut(events, AS_OF);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
        expect(Math.round(value * 10) / 10).toBe(value);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it('events dated after asOf change nothing', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (past, other) => {
        const future = other.map((e) => ({ ...e, id: `future:${e.id}`, date: addDays(AS_OF, 1 + (e.id.length % 50)) }));
        expect(sut([...past, ...future], AS_OF)).toEqual(sut(past, AS_OF));
      }),
      runs,
    );
  });
});
