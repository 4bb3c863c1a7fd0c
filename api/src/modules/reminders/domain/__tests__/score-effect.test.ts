import type { ScoreEvent } from '@bonpayeur/scoring';
import { describe, expect, it } from 'vitest';
import { scoreEffectsOfSteps } from '../score-effect.js';

const open = (invoiceId: string, dueDate: string): ScoreEvent => ({ id: `open-${invoiceId}`, kind: 'INVOICE_OPEN', date: '2027-02-01', invoiceId, creditorId: '123456782', amountCents: 500_000, dueDate });
const invoice = { id: 'inv', dueDate: '2027-03-03', goodReminderByDueDate: true };

describe('scoreEffectsOfSteps', () => {
  const events = [open('inv', '2027-03-03')];
  const sut = scoreEffectsOfSteps(events, '2027-02-20', invoice, [
    { sendDate: '2027-02-24', goodReminderBefore: true },
    { sendDate: '2027-03-10', goodReminderBefore: true },
    { sendDate: '2027-04-02', goodReminderBefore: true },
  ]);

  it('scores paying at a step before the due date like paying on time', () => {
    expect(sut[0]!.scoreIfPaidAtStep).toBeGreaterThanOrEqual(sut[0]!.scoreIfPaidOnTime);
  });

  it('scores paying at a later step lower than paying on time, and lower the later the step', () => {
    expect(sut[1]!.scoreIfPaidAtStep).toBeLessThan(sut[1]!.scoreIfPaidOnTime);
    expect(sut[2]!.scoreIfPaidAtStep).toBeLessThan(sut[1]!.scoreIfPaidAtStep);
  });

  it('states what paying at the step earns against staying unpaid', () => {
    for (const effect of sut) expect(effect!.gainIfPaidAtStep).toBeCloseTo(effect!.scoreIfPaidAtStep - effect!.scoreIfUnpaid, 1);
    expect(sut[2]!.gainIfPaidAtStep).toBeGreaterThan(0);
  });

  it('gives no effect when the engine does not see the invoice open', () => {
    expect(scoreEffectsOfSteps([], '2027-02-20', invoice, [{ sendDate: '2027-03-10', goodReminderBefore: false }])).toEqual([null]);
  });
});
