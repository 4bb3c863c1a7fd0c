import { describe, expect, it } from 'vitest';
import { reportTransitions, sentRecordTransitions, statusAfterReport, statusAfterSentRecord } from '../delivery-report.js';
import { MESSAGE_STATUSES, MessageStatus } from '../message-status.js';

/** Every status once: what a DELIVERED and a FAILED report make of it (null = unchanged). */
const REPORTS: Record<MessageStatus, { DELIVERED: MessageStatus | null; FAILED: MessageStatus | null }> = {
  SENDING: { DELIVERED: 'DELIVERED', FAILED: 'FAILED' },
  SENT: { DELIVERED: 'DELIVERED', FAILED: 'FAILED' },
  UNKNOWN: { DELIVERED: 'DELIVERED', FAILED: 'FAILED' },
  DELIVERED: { DELIVERED: null, FAILED: null },
  FAILED: { DELIVERED: null, FAILED: null },
  SCHEDULED: { DELIVERED: null, FAILED: null },
  QUEUED: { DELIVERED: 'DELIVERED', FAILED: 'FAILED' },
  AWAITING_APPROVAL: { DELIVERED: null, FAILED: null },
  NOT_CONFIGURED: { DELIVERED: null, FAILED: null },
  CANCELLED: { DELIVERED: null, FAILED: null },
  SKIPPED: { DELIVERED: null, FAILED: null },
};

describe('statusAfterReport', () => {
  it.each(MESSAGE_STATUSES)('decides for a %s message what each outcome makes of it', (status) => {
    expect(statusAfterReport(status, 'DELIVERED')).toBe(REPORTS[status].DELIVERED);
    expect(statusAfterReport(status, 'FAILED')).toBe(REPORTS[status].FAILED);
  });

  it('never moves a final status, whatever arrives late: a bounce after a delivery, a delivery after a failure', () => {
    expect(statusAfterReport('DELIVERED', 'FAILED')).toBeNull();
    expect(statusAfterReport('FAILED', 'DELIVERED')).toBeNull();
  });

  it('lets a report settle a message the sender has not recorded yet, or lost track of', () => {
    expect(statusAfterReport('SENDING', 'DELIVERED')).toBe('DELIVERED');
    expect(statusAfterReport('UNKNOWN', 'FAILED')).toBe('FAILED');
  });

  it('settles a message put back in the queue for a retry: the report proves the provider has it, so the retry must not send it again', () => {
    expect(statusAfterReport('QUEUED', 'DELIVERED')).toBe('DELIVERED');
    expect(statusAfterReport('QUEUED', 'FAILED')).toBe('FAILED');
  });

  it('tabulates each outcome for the UPDATE: exactly the moving statuses, each with its target', () => {
    expect(reportTransitions('DELIVERED')).toEqual({ from: ['QUEUED', 'SENDING', 'SENT', 'UNKNOWN'], to: ['DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED'] });
    expect(reportTransitions('FAILED')).toEqual({ from: ['QUEUED', 'SENDING', 'SENT', 'UNKNOWN'], to: ['FAILED', 'FAILED', 'FAILED', 'FAILED'] });
  });
});

describe('statusAfterSentRecord', () => {
  it('records SENT over SENDING or UNKNOWN, and lets a report that beat the record keep its final status', () => {
    expect(statusAfterSentRecord('SENDING')).toBe('SENT');
    expect(statusAfterSentRecord('UNKNOWN')).toBe('SENT');
    expect(statusAfterSentRecord('DELIVERED')).toBe('DELIVERED');
    expect(statusAfterSentRecord('FAILED')).toBe('FAILED');
  });

  it('records nothing on a message no sender holds', () => {
    for (const status of ['SCHEDULED', 'QUEUED', 'SENT', 'CANCELLED', 'SKIPPED', 'NOT_CONFIGURED', 'AWAITING_APPROVAL'] as const) {
      expect(statusAfterSentRecord(status)).toBeNull();
    }
    expect(sentRecordTransitions()).toEqual({ from: ['SENDING', 'DELIVERED', 'FAILED', 'UNKNOWN'], to: ['SENT', 'DELIVERED', 'FAILED', 'SENT'] });
  });
});
