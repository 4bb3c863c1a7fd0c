import { describe, expect, it } from 'vitest';
import { computeScoreValue } from './compute-score.js';
import { addDays } from './dates.js';
import { improvementPlan, scoreEffectOfPayingOn } from './improvement-plan.js';
import { AS_OF, ago, open, paid } from './testing/events.fixture.js';

describe('improvementPlan', () => {
  const events = [
    open({ invoiceId: 'small-recent', creditorId: 'a', amountCents: 5_000, dueDate: ago(3) }),
    open({ invoiceId: 'big-old', creditorId: 'b', amountCents: 5_000_000, dueDate: ago(90) }),
    open({ invoiceId: 'not-due', creditorId: 'c', amountCents: 100_000, dueDate: addDays(AS_OF, 20) }),
    open({ invoiceId: 'settled', creditorId: 'a', dueDate: ago(40) }),
    paid({ invoiceId: 'settled', creditorId: 'a', dueDate: ago(40), paidDate: ago(35) }),
  ];
  const sut = improvementPlan(events, AS_OF);

  it('lists every open invoice, paid ones excluded, sorted by gain', () => {
    expect(sut.map((s) => s.invoiceId).sort()).toEqual(['big-old', 'not-due', 'small-recent']);
    expect(sut.map((s) => s.gain)).toEqual([...sut.map((s) => s.gain)].sort((x, y) => y - x));
  });

  it('states the score if paid today and the days late, negative when not yet due', () => {
    const current = computeScoreValue(events, AS_OF);
    for (const step of sut) expect(step.gain).toBeCloseTo(step.scoreIfPaidToday - current, 5);
    const daysLate = Object.fromEntries(sut.map((s) => [s.invoiceId, s.daysLate]));
    expect(daysLate).toEqual({ 'big-old': 90, 'small-recent': 3, 'not-due': -20 });
  });

  it('shows that paying an invoice before its due date earns points too', () => {
    expect(sut.find((s) => s.invoiceId === 'not-due')?.gain).toBeGreaterThan(0);
  });
});

describe('scoreEffectOfPayingOn', () => {
  const dueDate = ago(-5);
  const events = [open({ invoiceId: 'i', dueDate })];

  it('tells how many points paying on the due date earns against leaving the invoice unpaid', () => {
    const sut = scoreEffectOfPayingOn(events, AS_OF, 'i', dueDate, { goodReminderBefore: true });
    expect(sut).toMatchObject({ invoiceId: 'i', payDate: dueDate, evaluatedOn: dueDate });
    expect(sut?.scoreIfUnpaid).toBe(70);
    expect(sut?.gain).toBeGreaterThan(0);
  });

  it('earns more for paying sooner', () => {
    const gainOn = (d: number): number | undefined =>
      scoreEffectOfPayingOn(events, AS_OF, 'i', addDays(dueDate, d))?.scoreIfPaid;
    const later = scoreEffectOfPayingOn(events, AS_OF, 'i', addDays(dueDate, 30));
    expect(gainOn(0)).toBeGreaterThan(later?.scoreIfPaid ?? Infinity);
    expect(later?.scoreIfPaid).toBeGreaterThan(later?.scoreIfUnpaid ?? Infinity);
  });

  it('answers undefined for an invoice that is not open', () => {
    expect(scoreEffectOfPayingOn(events, AS_OF, 'unknown', AS_OF)).toBeUndefined();
  });
});
