import { MessageStatus } from './message-status.js';
import { PlannedMessage } from './plan-run.js';

/** A message that reached (or may have reached) a provider: its step is done, whatever happens next. */
export const LEFT_STATUSES: readonly MessageStatus[] = ['SENDING', 'SENT', 'DELIVERED', 'FAILED', 'UNKNOWN'];

/**
 * What to write when a run's remaining steps are planned again (after a pause, or against a new due
 * date): every step whose message has not left, planned afresh, except those already too late to
 * send (SKIPPED outcomes are not written again: the original row already tells that story) and
 * those `done` without a message (a payment plan's instalment the creditor confirmed received).
 */
export function replanRemaining(
  planned: readonly PlannedMessage[],
  existing: readonly { stepIndex: number; status: string }[],
  done: readonly number[] = [],
): PlannedMessage[] {
  const finished = new Set([...done, ...existing.filter((message) => (LEFT_STATUSES as readonly string[]).includes(message.status)).map((message) => message.stepIndex)]);
  return planned.filter((message) => !finished.has(message.stepIndex) && message.status !== 'SKIPPED');
}
