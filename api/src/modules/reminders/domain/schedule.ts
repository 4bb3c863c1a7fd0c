import { addDays } from '../../invoices/domain/calendar-date.js';
import { parisInstant, parisWallTime } from './paris-time.js';
import { Channel } from './scenario.js';

/** SMS leave only between 08:00 and 20:00 Paris time, never on Sunday (DESIGN §4). */
export const SMS_WINDOW = { fromHour: 8, toHour: 20 } as const;
export const DEFAULT_SEND_HOUR = 9;
/**
 * A step whose time passed less than this long before the scenario is applied is sent now; an older
 * one is SKIPPED (reason PAST_AT_APPLY) rather than sent late: a "pay on time" message a week after
 * the due date would be wrong, and a burst of every missed step at once would flood the debtor.
 */
export const PAST_STEP_GRACE_MS = 24 * 3_600_000;

/** The first instant at or after `instant` when an SMS may leave. */
export function nextSmsSlot(instant: Date): Date {
  let candidate = instant;
  for (let guard = 0; guard < 4; guard += 1) {
    const wall = parisWallTime(candidate);
    if (wall.weekday === 0) candidate = parisInstant(addDays(wall.date, 1), SMS_WINDOW.fromHour);
    else if (wall.hour < SMS_WINDOW.fromHour) candidate = parisInstant(wall.date, SMS_WINDOW.fromHour);
    else if (wall.hour >= SMS_WINDOW.toHour) candidate = parisInstant(addDays(wall.date, 1), SMS_WINDOW.fromHour);
    else return candidate;
  }
  return candidate;
}

/** When a message on `channel` may leave, at the earliest at `instant`. */
export function allowedSlot(channel: Channel, instant: Date): Date {
  return channel === 'SMS' ? nextSmsSlot(instant) : instant;
}

export type StepTiming = { kind: 'SCHEDULED'; at: Date } | { kind: 'SKIPPED'; at: Date; reason: 'PAST_AT_APPLY' };

/**
 * When a step is sent: due date + offset, at the creditor's send hour in Paris, moved into the SMS
 * window for an SMS. A time already past at `now` is an explicit outcome: sent now (or at the next
 * allowed slot) within the grace window, SKIPPED beyond it.
 */
export function scheduleStep(input: {
  dueDate: string;
  offsetDays: number;
  channel: Channel;
  now: Date;
  sendHour?: number;
  graceMs?: number;
}): StepTiming {
  const planned = allowedSlot(input.channel, parisInstant(addDays(input.dueDate, input.offsetDays), input.sendHour ?? DEFAULT_SEND_HOUR));
  if (planned.getTime() >= input.now.getTime()) return { kind: 'SCHEDULED', at: planned };
  if (input.now.getTime() - planned.getTime() <= (input.graceMs ?? PAST_STEP_GRACE_MS)) {
    return { kind: 'SCHEDULED', at: allowedSlot(input.channel, input.now) };
  }
  return { kind: 'SKIPPED', at: planned, reason: 'PAST_AT_APPLY' };
}
