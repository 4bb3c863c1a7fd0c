import { DeliveryOutcome } from '../delivery-outcome.js';

/** Twilio message status → ours, in one place; null = still on its way (queued, sending, sent…). */
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
