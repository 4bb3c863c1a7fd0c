import { describe, expect, it } from 'vitest';
import { deriveSegment, SegmentFacts } from '../segment.js';

const clean: SegmentFacts = { keyAccount: false, score: null, history: { paidOnTime: 0, paidLate: 0, openOverdue: 0, overdueOutstandingCents: 0 } };
const withHistory = (history: Partial<SegmentFacts['history']>): SegmentFacts => ({ ...clean, history: { ...clean.history, ...history } });

describe('deriveSegment', () => {
  it('makes a debtor with no score and no history a good payer', () => {
    expect(deriveSegment(clean)).toEqual({ segment: 'GOOD_PAYERS', reason: 'DEFAULT' });
  });

  it('puts a marked key account in KEY_ACCOUNTS even when it pays late', () => {
    const sut = deriveSegment({ ...withHistory({ paidLate: 5, overdueOutstandingCents: 9_000_000 }), keyAccount: true });
    expect(sut).toEqual({ segment: 'KEY_ACCOUNTS', reason: 'MARKED_KEY_ACCOUNT' });
  });

  it('makes a debtor late on half of its observed invoices with the creditor a late payer', () => {
    expect(deriveSegment(withHistory({ paidOnTime: 1, paidLate: 1 }))).toEqual({ segment: 'LATE_PAYERS', reason: 'LATE_WITH_CREDITOR' });
    expect(deriveSegment(withHistory({ paidOnTime: 2, paidLate: 1 })).segment).toBe('GOOD_PAYERS');
  });

  it('does not judge on a single late invoice', () => {
    expect(deriveSegment(withHistory({ paidLate: 1 })).segment).toBe('GOOD_PAYERS');
  });

  it('counts open past-due invoices as late, and a large past-due amount alone marks a late payer', () => {
    expect(deriveSegment(withHistory({ paidOnTime: 1, openOverdue: 1, overdueOutstandingCents: 5_000 })).reason).toBe('LATE_WITH_CREDITOR');
    expect(deriveSegment(withHistory({ paidOnTime: 9, openOverdue: 1, overdueOutstandingCents: 100_000 }))).toEqual({ segment: 'LATE_PAYERS', reason: 'OVERDUE_OUTSTANDING' });
    expect(deriveSegment(withHistory({ paidOnTime: 9, openOverdue: 1, overdueOutstandingCents: 99_999 })).segment).toBe('GOOD_PAYERS');
  });

  it('uses a low score only when it rests on enough data', () => {
    expect(deriveSegment({ ...clean, score: { value: 42, enoughData: true } })).toEqual({ segment: 'LATE_PAYERS', reason: 'LOW_SCORE' });
    expect(deriveSegment({ ...clean, score: { value: 42, enoughData: false } }).segment).toBe('GOOD_PAYERS');
    expect(deriveSegment({ ...clean, score: { value: 50, enoughData: true } }).segment).toBe('GOOD_PAYERS');
  });
});
