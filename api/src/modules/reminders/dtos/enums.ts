import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums mirroring the domain's string unions. */
export const ReminderChannel = { EMAIL: 'EMAIL', SMS: 'SMS', CALL: 'CALL' } as const;
export const ReminderTone = { GOOD: 'GOOD', BAD: 'BAD', ULTIMATUM: 'ULTIMATUM', THANKS: 'THANKS' } as const;
export const ReminderMessageStatus = {
  SCHEDULED: 'SCHEDULED',
  QUEUED: 'QUEUED',
  SENDING: 'SENDING',
  SENT: 'SENT',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
  SKIPPED: 'SKIPPED',
  UNKNOWN: 'UNKNOWN',
  NOT_CONFIGURED: 'NOT_CONFIGURED',
  AWAITING_APPROVAL: 'AWAITING_APPROVAL',
} as const;
export const ReminderRunStatus = { ACTIVE: 'ACTIVE', PAUSED: 'PAUSED', STOPPED: 'STOPPED', COMPLETED: 'COMPLETED' } as const;

registerEnumType(ReminderChannel, { name: 'ReminderChannel', description: 'CALL: a scenario step done by a team member (see myTasks); never a message.' });
registerEnumType(ReminderTone, { name: 'ReminderTone' });
registerEnumType(ReminderMessageStatus, {
  name: 'ReminderMessageStatus',
  description: 'UNKNOWN: interrupted between the provider call and its record; shown, never resent blindly. NOT_CONFIGURED: no provider credentials; kept in the outbox. AWAITING_APPROVAL: waits for a member to approve it (approveMessage) before it is dispatched.',
});
registerEnumType(ReminderRunStatus, {
  name: 'ReminderRunStatus',
  description: 'PAUSED: held by a dispute, a payment the debtor declared or a payment plan it proposed; its pending messages were cancelled and are planned again when it resumes.',
});
