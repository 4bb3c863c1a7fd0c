import { cleanText } from '../../../common/clean-text.js';

/** Pure rules of a recommendation (issue 6): who may vouch for whom, and with which words. */
export const RECOMMENDATION_MAX_LENGTH = 1_000;

export type RecommendationRefusal = 'SELF_RECOMMENDATION' | 'CREDITOR_NOT_VERIFIED' | 'NO_INVOICE_WITH_DEBTOR';

/**
 * A creditor may recommend a debtor it has at least one (not cancelled) invoice with, paid or not:
 * creditors recommend in anticipation or despite a slight delay to encourage a client. Whether it
 * moves the score is the engine's business (only once that creditor was paid, capped).
 */
export function recommendationRefusal(facts: { creditorSiren: string; debtorSiren: string; creditorVerified: boolean; invoicesWithDebtor: number }): RecommendationRefusal | null {
  if (facts.creditorSiren === facts.debtorSiren) return 'SELF_RECOMMENDATION';
  if (!facts.creditorVerified) return 'CREDITOR_NOT_VERIFIED';
  if (facts.invoicesWithDebtor < 1) return 'NO_INVOICE_WITH_DEBTOR';
  return null;
}

/** Trimmed, inner whitespace kept (it is a public text); null when empty or too long. */
export function normalizeRecommendationMessage(raw: string): string | null {
  const message = cleanText(raw);
  return message.length >= 1 && message.length <= RECOMMENDATION_MAX_LENGTH ? message : null;
}
