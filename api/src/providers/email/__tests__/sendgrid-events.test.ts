import { describe, expect, it } from 'vitest';
import { sendgridFailureReason, sendgridOutcome } from '../sendgrid-events.js';

describe('sendgridOutcome', () => {
  it('maps the delivery events and ignores processed, deferred and engagement events', () => {
    expect(sendgridOutcome('delivered')).toBe('DELIVERED');
    expect(sendgridOutcome('bounce')).toBe('FAILED');
    expect(sendgridOutcome('dropped')).toBe('FAILED');
    for (const event of ['processed', 'deferred', 'open', 'click', 'spamreport', 'unsubscribe', 'group_unsubscribe', undefined]) expect(sendgridOutcome(event)).toBeNull();
  });

  it('names a failure by its event, bounce type and SMTP status, with SendGrid’s reason', () => {
    expect(sendgridFailureReason({ event: 'bounce', type: 'bounce', status: '5.1.1', reason: '550 5.1.1 User unknown' })).toBe('SendGrid bounce 5.1.1 : 550 5.1.1 User unknown');
    expect(sendgridFailureReason({ event: 'bounce', type: 'blocked', status: '4.0.0', reason: 'mx unreachable' })).toBe('SendGrid blocked 4.0.0 : mx unreachable');
    expect(sendgridFailureReason({ event: 'dropped', reason: 'Bounced Address' })).toBe('SendGrid dropped : Bounced Address');
  });
});
