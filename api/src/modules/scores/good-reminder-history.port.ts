import type { EntityManager } from 'typeorm';

/**
 * Whether a GOOD-tone reminder was sent for the invoice before it was paid (the engine's
 * `goodReminderBefore`, which earns the debtor a bonus when it paid on time).
 *
 * The reminders feature provides it under GOOD_REMINDER_HISTORY from a @Global() module (the score
 * listener injects it with @Optional()). Until then no reminder can have been sent, so "no" is
 * the true answer, not a default that loses information.
 */
export interface GoodReminderHistory {
  hadGoodReminderBefore(manager: EntityManager, invoiceId: string, paidOn: string): Promise<boolean>;
}

export const GOOD_REMINDER_HISTORY = Symbol('GoodReminderHistory');
