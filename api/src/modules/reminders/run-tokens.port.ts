import { EntityManager } from 'typeorm';

/**
 * What reminders needs from the tokens feature, called inside the reminders' own transactions:
 * 1 token per run, refunded when the run ends before any message left.
 */
export abstract class RunTokens {
  /** Throws INSUFFICIENT_TOKENS when the wallet is empty. */
  abstract spendForRun(manager: EntityManager, creditorSiren: string, runId: string): Promise<{ balanceAfter: number }>;
  /** True when this call refunded the token (false when already refunded). */
  abstract refundRun(manager: EntityManager, creditorSiren: string, runId: string): Promise<boolean>;
}
