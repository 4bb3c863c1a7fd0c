import { describe, expect, it } from 'vitest';
import { INSTALMENT_GRACE_DAYS, instalmentToConfirm, missedIfDueOnOrBefore, planSettledOn } from '../instalments.js';

const unpaid = (dueDate: string) => ({ dueDate, amountCents: 100, paidOn: null });
const paid = (dueDate: string, paidOn: string) => ({ dueDate, amountCents: 100, paidOn });

describe('missedIfDueOnOrBefore', () => {
  it('leaves an instalment its grace days: due on 31 March, missed from 4 April', () => {
    expect(INSTALMENT_GRACE_DAYS).toBe(3);
    expect(missedIfDueOnOrBefore('2035-04-03')).toBe('2035-03-30');
    expect(missedIfDueOnOrBefore('2035-04-04')).toBe('2035-03-31');
  });

  it('counts calendar days across a month and a year end', () => {
    expect(missedIfDueOnOrBefore('2036-01-02')).toBe('2035-12-29');
  });
});

describe('instalmentToConfirm', () => {
  const plan = [paid('2035-03-31', '2035-04-02'), unpaid('2035-04-30')];

  it('answers the 0-based index of an unpaid instalment named by its 1-based number', () => {
    expect(instalmentToConfirm(plan, 2)).toEqual({ ok: true, index: 1 });
  });

  it('refuses a number out of the plan and an instalment already confirmed', () => {
    for (const number of [0, 3, 1.5, -1]) expect(instalmentToConfirm(plan, number)).toEqual({ ok: false, refusal: 'INSTALMENT_NOT_FOUND' });
    expect(instalmentToConfirm(plan, 1)).toEqual({ ok: false, refusal: 'INSTALMENT_ALREADY_PAID' });
  });
});

describe('planSettledOn', () => {
  it('is null while one instalment is unpaid, and for an empty plan', () => {
    expect(planSettledOn([paid('2035-03-31', '2035-03-31'), unpaid('2035-04-30')])).toBeNull();
    expect(planSettledOn([])).toBeNull();
  });

  it('is the latest payment date once every instalment is confirmed, whatever their order', () => {
    expect(planSettledOn([paid('2035-03-31', '2035-04-20'), paid('2035-04-30', '2035-04-10')])).toBe('2035-04-20');
  });
});
