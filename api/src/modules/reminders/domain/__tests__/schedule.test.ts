import { describe, expect, it } from 'vitest';
import { parisInstant } from '../paris-time.js';
import { nextSmsSlot, scheduleStep } from '../schedule.js';

const iso = (date: Date) => date.toISOString();

describe('parisInstant', () => {
  it('reads winter and summer time', () => {
    expect(iso(parisInstant('2026-01-15', 9))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(parisInstant('2026-07-15', 9))).toBe('2026-07-15T07:00:00.000Z');
    expect(iso(parisInstant('2026-03-29', 9))).toBe('2026-03-29T07:00:00.000Z'); // DST day
  });
});

describe('scheduleStep', () => {
  const now = new Date('2026-02-01T10:00:00Z');

  it('sends at due date + offset at the send hour in Paris', () => {
    expect(scheduleStep({ dueDate: '2026-03-03', offsetDays: -7, channel: 'EMAIL', now })).toEqual({ kind: 'SCHEDULED', at: new Date('2026-02-24T08:00:00Z') });
    expect(scheduleStep({ dueDate: '2026-03-03', offsetDays: 7, channel: 'EMAIL', now, sendHour: 14 })).toEqual({ kind: 'SCHEDULED', at: new Date('2026-03-10T13:00:00Z') });
  });

  it('lets an email leave on a Sunday or at night, but pushes an SMS to the next allowed slot', () => {
    // 2026-03-08 is a Sunday.
    expect(scheduleStep({ dueDate: '2026-03-08', offsetDays: 0, channel: 'EMAIL', now }).at).toEqual(new Date('2026-03-08T08:00:00Z'));
    expect(scheduleStep({ dueDate: '2026-03-08', offsetDays: 0, channel: 'SMS', now }).at).toEqual(new Date('2026-03-09T07:00:00Z'));
    expect(scheduleStep({ dueDate: '2026-03-04', offsetDays: 0, channel: 'SMS', now, sendHour: 21 }).at).toEqual(new Date('2026-03-05T07:00:00Z'));
    expect(scheduleStep({ dueDate: '2026-03-04', offsetDays: 0, channel: 'SMS', now, sendHour: 6 }).at).toEqual(new Date('2026-03-04T07:00:00Z'));
  });

  it('pushes a Saturday-night SMS past Sunday to Monday 08:00', () => {
    expect(nextSmsSlot(new Date('2026-03-07T20:30:00Z'))).toEqual(new Date('2026-03-09T07:00:00Z'));
  });

  it('sends a step that passed within the grace window now, and skips an older one', () => {
    const late = new Date('2026-03-03T20:00:00Z');
    expect(scheduleStep({ dueDate: '2026-03-03', offsetDays: 0, channel: 'EMAIL', now: late })).toEqual({ kind: 'SCHEDULED', at: late });
    expect(scheduleStep({ dueDate: '2026-03-03', offsetDays: 0, channel: 'SMS', now: late })).toEqual({ kind: 'SCHEDULED', at: new Date('2026-03-04T07:00:00Z') });
    expect(scheduleStep({ dueDate: '2026-03-03', offsetDays: -7, channel: 'EMAIL', now: late })).toEqual({
      kind: 'SKIPPED',
      at: new Date('2026-02-24T08:00:00Z'),
      reason: 'PAST_AT_APPLY',
    });
  });
});
