/** Pure rules of a moderator's decision on a publication request. */
export interface DecisionFacts {
  status: string;
  approve: boolean;
  now: Date;
  /** The debtor's answer period ends then, unless it waived it. */
  answerUntil: Date;
  debtorWaived: boolean;
  /** An open dispute freezes the request until a moderator rules on it. */
  disputeOpen: boolean;
  approvalsRequired: number;
  firstApprovalBy: string | null;
  moderatorId: string;
  /** The moderator belongs to the creditor or the debtor company. */
  moderatorInvolved: boolean;
}

export type DecisionRefusal = 'NOT_PENDING' | 'CONFLICT_OF_INTEREST' | 'DISPUTE_OPEN' | 'ANSWER_PERIOD_OPEN' | 'SECOND_MODERATOR_REQUIRED';
export type DecisionOutcome = 'APPROVED' | 'FIRST_APPROVAL' | 'REJECTED';

/**
 * Refusals first, then the outcome. A rejection is always possible (it only protects the debtor);
 * an approval waits for the debtor's answer period and, for a creditor past the reliability
 * threshold, needs two different moderators.
 */
export function decide(facts: DecisionFacts): { refusal: DecisionRefusal } | { outcome: DecisionOutcome } {
  if (facts.status !== 'REQUESTED') return { refusal: 'NOT_PENDING' };
  if (facts.moderatorInvolved) return { refusal: 'CONFLICT_OF_INTEREST' };
  if (facts.disputeOpen) return { refusal: 'DISPUTE_OPEN' };
  if (!facts.approve) return { outcome: 'REJECTED' };
  if (!facts.debtorWaived && facts.now.getTime() < facts.answerUntil.getTime()) return { refusal: 'ANSWER_PERIOD_OPEN' };
  if (facts.approvalsRequired >= 2) {
    if (facts.firstApprovalBy === null) return { outcome: 'FIRST_APPROVAL' };
    if (facts.firstApprovalBy === facts.moderatorId) return { refusal: 'SECOND_MODERATOR_REQUIRED' };
  }
  return { outcome: 'APPROVED' };
}
