import type { DeliveryOutcome } from '../../../providers/delivery-outcome.js';
import { MESSAGE_STATUSES, MessageStatus } from './message-status.js';

/**
 * Where a provider's delivery report leaves a message; null = the report changes nothing.
 *
 * Reports come late, twice and out of order: SendGrid posts batches of events (processed, deferred,
 * delivered, bounce, dropped…) with no ordering promise; Twilio posts one callback per status change
 * (queued, sending, sent, delivered, undelivered, failed…) and may do so before our sender has
 * recorded SENT. Hence:
 * - a message the provider has, or may have, accepted (SENDING, SENT, UNKNOWN) takes the outcome;
 * - so does a QUEUED one: a report only reaches a message once handed to that very provider (the
 *   webhook matches the provider its claim recorded), so QUEUED here means put back for a retry after
 *   a call that failed on our side (a timeout, a 5xx) although the provider had taken the message.
 *   The report proves it did: the message takes the outcome and the retry, whose claim wants QUEUED,
 *   skips it. Sending it again would reach the debtor twice (DELIVERED), or try again an address the
 *   provider already found undeliverable (FAILED: final, as for a message recorded SENT);
 * - DELIVERED and FAILED are final: no later report moves them, not even a contrary one (a late
 *   bounce after a delivery, a late delivery after a failure);
 * - a message never handed to a provider (SCHEDULED, AWAITING_APPROVAL, NOT_CONFIGURED) or
 *   withdrawn (CANCELLED, SKIPPED) ignores reports: it cannot have been delivered.
 */
export function statusAfterReport(current: MessageStatus, outcome: DeliveryOutcome): MessageStatus | null {
  switch (current) {
    case 'SENDING':
    case 'SENT':
    case 'UNKNOWN':
    case 'QUEUED':
      return outcome;
    case 'DELIVERED':
    case 'FAILED':
    case 'SCHEDULED':
    case 'AWAITING_APPROVAL':
    case 'NOT_CONFIGURED':
    case 'CANCELLED':
    case 'SKIPPED':
      return null;
  }
}

/** A policy as the table a conditional UPDATE joins on: a message in `from[i]` moves to `to[i]`; any other is left alone. */
export interface Transitions {
  from: MessageStatus[];
  to: MessageStatus[];
}

function tabulate(next: (current: MessageStatus) => MessageStatus | null): Transitions {
  const moves = MESSAGE_STATUSES.flatMap((from) => {
    const to = next(from);
    return to === null ? [] : [{ from, to }];
  });
  return { from: moves.map((move) => move.from), to: moves.map((move) => move.to) };
}

/** statusAfterReport for one outcome, as a table. */
export function reportTransitions(outcome: DeliveryOutcome): Transitions {
  return tabulate((current) => statusAfterReport(current, outcome));
}

/**
 * Where the sender's own record of a provider call that succeeded leaves a message; null = not
 * recorded. SENDING (or UNKNOWN: judged interrupted meanwhile, the real outcome wins) becomes SENT.
 * DELIVERED or FAILED here means the provider's report beat our record: the message keeps that final
 * status and only takes the record's facts (the exact send time, the provider id, the content).
 * Only the sender that claimed a message calls the provider, so no other FAILED message gets a record.
 */
export function statusAfterSentRecord(current: MessageStatus): MessageStatus | null {
  switch (current) {
    case 'SENDING':
    case 'UNKNOWN':
      return 'SENT';
    case 'DELIVERED':
    case 'FAILED':
      return current;
    default:
      return null;
  }
}

/** statusAfterSentRecord as a table. */
export function sentRecordTransitions(): Transitions {
  return tabulate(statusAfterSentRecord);
}
