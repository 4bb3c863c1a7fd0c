import { describe, expect, it } from 'vitest';
import { PlannedMessage } from '../plan-run.js';
import { replanRemaining } from '../replan.js';

const message = (stepIndex: number, status: PlannedMessage['status'] = 'SCHEDULED'): PlannedMessage => ({
  stepIndex,
  channel: 'EMAIL',
  tone: 'GOOD',
  toAddress: 'compta@example.fr',
  templateSubject: 's',
  templateBody: 'b',
  deadlineDays: null,
  scheduledAt: new Date('2027-03-01T08:00:00Z'),
  status,
  skipReason: status === 'SKIPPED' ? 'PAST_AT_APPLY' : null,
});

describe('replanRemaining', () => {
  it('keeps the steps whose message never left and drops those a provider already had', () => {
    const sut = replanRemaining([message(0), message(1), message(2), message(3)], [
      { stepIndex: 0, status: 'DELIVERED' },
      { stepIndex: 1, status: 'CANCELLED' },
      { stepIndex: 2, status: 'UNKNOWN' },
    ]);
    expect(sut.map((m) => m.stepIndex)).toEqual([1, 3]);
  });

  it('does not write again a step that is now too late to send', () => {
    expect(replanRemaining([message(0, 'SKIPPED'), message(1, 'AWAITING_APPROVAL')], []).map((m) => m.stepIndex)).toEqual([1]);
  });

  it('does not bring back a step done without its message (an instalment confirmed received)', () => {
    const sut = replanRemaining([message(0), message(1), message(2)], [{ stepIndex: 0, status: 'SENT' }, { stepIndex: 1, status: 'CANCELLED' }], [1]);
    expect(sut.map((m) => m.stepIndex)).toEqual([2]);
  });
});
