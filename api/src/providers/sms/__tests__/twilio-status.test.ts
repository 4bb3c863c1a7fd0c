import { describe, expect, it } from 'vitest';
import { twilioFailureReason, twilioOutcome } from '../twilio-status.js';

describe('twilioOutcome', () => {
  it('maps the final MessageStatus values of a status callback and ignores those on the way', () => {
    expect(twilioOutcome('delivered')).toBe('DELIVERED');
    expect(twilioOutcome('undelivered')).toBe('FAILED');
    expect(twilioOutcome('failed')).toBe('FAILED');
    for (const status of ['queued', 'sending', 'sent', 'accepted', 'scheduled', 'canceled', undefined]) expect(twilioOutcome(status)).toBeNull();
  });

  it('shows the ErrorCode of a failure, else the status', () => {
    expect(twilioFailureReason('undelivered', '30003')).toBe('Twilio 30003');
    expect(twilioFailureReason('failed', undefined)).toBe('Twilio failed');
  });
});
