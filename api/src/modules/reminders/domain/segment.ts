/**
 * Client segments a creditor binds scenarios to (issue 5, "Segments"). A debtor's segment is derived,
 * never stored: it follows the debtor's public score and the creditor's own history as they change.
 */
export type Segment = 'GOOD_PAYERS' | 'KEY_ACCOUNTS' | 'LATE_PAYERS';
export const SEGMENTS: readonly Segment[] = ['GOOD_PAYERS', 'KEY_ACCOUNTS', 'LATE_PAYERS'];

export type SegmentReason = 'MARKED_KEY_ACCOUNT' | 'LOW_SCORE' | 'LATE_WITH_CREDITOR' | 'OVERDUE_OUTSTANDING' | 'DEFAULT';

/** What the creditor knows of the debtor, other than the invoice being reminded. */
export interface SegmentFacts {
  /** The creditor put the debtor on its key-accounts list. */
  keyAccount: boolean;
  /** The debtor's materialised score; null when it has none yet. */
  score: { value: number; enoughData: boolean } | null;
  /** The creditor's own invoices to this debtor (cancelled ones excluded). */
  history: {
    paidOnTime: number;
    paidLate: number;
    /** Open and past due today. */
    openOverdue: number;
    /** Sum of the open, past-due amounts. */
    overdueOutstandingCents: number;
  };
}

export const SEGMENT_RULES = {
  /** Below grade C (50): the network's evidence says this debtor pays late. Only a score with enough data counts. */
  lowScoreBelow: 50,
  /** The creditor's own evidence needs at least this many observed invoices… */
  minObservedInvoices: 2,
  /** …of which at least this share was paid late or is overdue. */
  lateShareAtLeast: 0.5,
  /** Any past-due amount at or above this (1,000 €) on other invoices marks a late payer, whatever the share. */
  overdueOutstandingCentsAtLeast: 100_000,
} as const;

/**
 * The creditor's explicit key-account choice wins (a gentle tone is a commercial decision); then the
 * creditor's own evidence of lateness, then the network's score; everyone else is a good payer.
 */
export function deriveSegment(facts: SegmentFacts, rules = SEGMENT_RULES): { segment: Segment; reason: SegmentReason } {
  if (facts.keyAccount) return { segment: 'KEY_ACCOUNTS', reason: 'MARKED_KEY_ACCOUNT' };
  const { paidOnTime, paidLate, openOverdue, overdueOutstandingCents } = facts.history;
  if (overdueOutstandingCents >= rules.overdueOutstandingCentsAtLeast) return { segment: 'LATE_PAYERS', reason: 'OVERDUE_OUTSTANDING' };
  const observed = paidOnTime + paidLate + openOverdue;
  if (observed >= rules.minObservedInvoices && (paidLate + openOverdue) / observed >= rules.lateShareAtLeast) {
    return { segment: 'LATE_PAYERS', reason: 'LATE_WITH_CREDITOR' };
  }
  if (facts.score?.enoughData && facts.score.value < rules.lowScoreBelow) return { segment: 'LATE_PAYERS', reason: 'LOW_SCORE' };
  return { segment: 'GOOD_PAYERS', reason: 'DEFAULT' };
}
