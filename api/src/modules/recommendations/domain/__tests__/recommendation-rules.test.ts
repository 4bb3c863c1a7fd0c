import { describe, expect, it } from 'vitest';
import { normalizeRecommendationMessage, recommendationRefusal, RECOMMENDATION_MAX_LENGTH } from '../recommendation-rules.js';

describe('recommendationRefusal', () => {
  const facts = { creditorSiren: '111111111', debtorSiren: '222222222', creditorVerified: true, invoicesWithDebtor: 1 };

  it('lets a verified creditor with an invoice to the debtor recommend it, paid or not', () => {
    expect(recommendationRefusal(facts)).toBeNull();
  });

  it('refuses recommending oneself, an unverified creditor, and a creditor without any invoice to that debtor', () => {
    expect(recommendationRefusal({ ...facts, debtorSiren: facts.creditorSiren })).toBe('SELF_RECOMMENDATION');
    expect(recommendationRefusal({ ...facts, creditorVerified: false })).toBe('CREDITOR_NOT_VERIFIED');
    expect(recommendationRefusal({ ...facts, invoicesWithDebtor: 0 })).toBe('NO_INVOICE_WITH_DEBTOR');
  });
});

describe('normalizeRecommendationMessage', () => {
  it('trims and bounds the public text', () => {
    expect(normalizeRecommendationMessage('  Client fiable.  ')).toBe('Client fiable.');
    expect(normalizeRecommendationMessage('   ')).toBeNull();
    expect(normalizeRecommendationMessage('x'.repeat(RECOMMENDATION_MAX_LENGTH + 1))).toBeNull();
  });
});
