import { DeliveryOutcome } from '../delivery-outcome.js';

/**
 * Twilio MessageStatus → ours, in one place. A status callback carries MessageSid, MessageStatus
 * (queued, sending, sent, delivered, undelivered, failed; accepted, scheduled, canceled, read… on
 * other channels or with a Messaging Service) and, for a failure, ErrorCode. null = still on its way,
 * or nothing we record.
 */
export function twilioOutcome(status: string | undefined): DeliveryOutcome | null {
  switch (status) {
    case 'delivered':
      return 'DELIVERED';
    case 'failed':
    case 'undelivered':
      return 'FAILED';
    default:
      return null;
  }
}

/** What the timeline shows for a failed SMS: Twilio's error code (e.g. 30003: unreachable handset), else the status. */
export function twilioFailureReason(status: string, errorCode: string | undefined): string {
  return errorCode ? `Twilio ${errorCode}` : `Twilio ${status}`;
}
