import { addDays } from '../../invoices/domain/calendar-date.js';
import { parisInstant, parisWallTime } from './paris-time.js';
import { PlannedMessage } from './plan-run.js';
import { Channel } from './scenario.js';
import { allowedSlot, DEFAULT_SEND_HOUR } from './schedule.js';

export const DEFAULT_MIN_CONTACT_DELAY_DAYS = 3;
const DAY_MS = 86_400_000;

/** A message the creditor sends or sent the same debtor for another invoice. */
export interface OtherContact {
  at: Date;
  channel: Channel;
  toAddress: string;
}

/**
 * Messages to the same address on the same channel and the same Paris day are grouped into one
 * when they leave (see group-messages.ts): for the debtor that is one contact, not two.
 */
export function joinsSameMessage(message: Pick<PlannedMessage, 'channel' | 'toAddress'>, at: Date, other: OtherContact): boolean {
  return (
    message.channel === other.channel &&
    message.toAddress.toLowerCase() === other.toAddress.toLowerCase() &&
    parisWallTime(at).date === parisWallTime(other.at).date
  );
}

/**
 * A debtor with several invoices at the same creditor must not be flooded: a new run's message is
 * pushed back (whole days, at the send hour) until it is at least `delayDays` away from every
 * message the creditor already sends or sent to that debtor for its other invoices — except one it
 * will be grouped with (same day, channel and address), which is the same contact. The run's own
 * steps stay in order (a pushed step pushes the next ones no earlier than itself). Only SCHEDULED
 * and AWAITING_APPROVAL messages move, and never a pinned one (a step with a fixed date: a payment
 * plan's instalment is reminded on its day, the day the debtor agreed to).
 */
export function spaceFromOtherContacts(
  messages: readonly PlannedMessage[],
  otherContacts: readonly OtherContact[],
  delayDays: number,
  sendHour = DEFAULT_SEND_HOUR,
): PlannedMessage[] {
  if (delayDays <= 0 || otherContacts.length === 0) return [...messages];
  const delayMs = delayDays * DAY_MS;
  let floor = -Infinity;
  return messages.map((message) => {
    if (message.status === 'SKIPPED' || message.pinned) return message;
    let at = message.scheduledAt.getTime() < floor ? new Date(floor) : message.scheduledAt;
    // Each push lands after the conflicting contact plus the delay, and `at` only grows, so a contact
    // conflicts at most once: this ends within otherContacts.length rounds.
    for (let guard = 0; guard <= otherContacts.length; guard += 1) {
      const conflict = otherContacts.find((other) => Math.abs(other.at.getTime() - at.getTime()) < delayMs && !joinsSameMessage(message, at, other));
      if (!conflict) break;
      const earliest = conflict.at.getTime() + delayMs;
      const date = parisWallTime(new Date(earliest)).date;
      let candidate = parisInstant(date, sendHour);
      if (candidate.getTime() < earliest) candidate = parisInstant(addDays(date, 1), sendHour);
      at = allowedSlot(message.channel, candidate);
    }
    floor = at.getTime();
    return at === message.scheduledAt ? message : { ...message, scheduledAt: at };
  });
}
