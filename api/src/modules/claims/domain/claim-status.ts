/** A company claim's life: a code path and a review path, both ending VERIFIED or REJECTED. */
export type ClaimStatus = 'PENDING_CODE' | 'PENDING_REVIEW' | 'VERIFIED' | 'REJECTED' | 'CANCELLED';
export type ClaimMethod = 'MODERATOR_REVIEW' | 'EMAIL_CODE';
export type ClaimEvent = 'CODE_CONFIRMED' | 'MODERATOR_APPROVED' | 'MODERATOR_REJECTED' | 'CANCELLED_BY_CLAIMANT';

const TRANSITIONS: Record<ClaimStatus, Partial<Record<ClaimEvent, ClaimStatus>>> = {
  PENDING_CODE: { CODE_CONFIRMED: 'VERIFIED', CANCELLED_BY_CLAIMANT: 'CANCELLED' },
  PENDING_REVIEW: { MODERATOR_APPROVED: 'VERIFIED', MODERATOR_REJECTED: 'REJECTED', CANCELLED_BY_CLAIMANT: 'CANCELLED' },
  VERIFIED: {},
  REJECTED: {},
  CANCELLED: {},
};

/** The next status, or null when the event is not allowed from `status`. */
export function nextClaimStatus(status: ClaimStatus, event: ClaimEvent): ClaimStatus | null {
  return TRANSITIONS[status][event] ?? null;
}
