/**
 * A publication's life (DESIGN §2): REQUESTED → APPROVED (public) | REJECTED, then SETTLED when
 * paid, WITHDRAWN by the creditor, REMOVED by moderation (dispute upheld).
 */
export type PublicationStatus = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'SETTLED' | 'WITHDRAWN' | 'REMOVED';

export type PublicationEvent =
  | 'APPROVE'
  | 'REJECT'
  | 'WITHDRAW'
  /** The invoice was paid or cancelled. */
  | 'INVOICE_CLOSED'
  /** A moderator upheld the debtor's dispute. */
  | 'DISPUTE_UPHELD'
  /** A moderator takes a shown publication down for another reason (error, abuse). */
  | 'MODERATOR_REMOVED';

const TRANSITIONS: Record<PublicationStatus, Partial<Record<PublicationEvent, PublicationStatus>>> = {
  // A request whose invoice is paid before any decision simply ends: nothing was ever public.
  REQUESTED: { APPROVE: 'APPROVED', REJECT: 'REJECTED', WITHDRAW: 'WITHDRAWN', INVOICE_CLOSED: 'WITHDRAWN', DISPUTE_UPHELD: 'REMOVED' },
  APPROVED: { WITHDRAW: 'WITHDRAWN', INVOICE_CLOSED: 'SETTLED', DISPUTE_UPHELD: 'REMOVED', MODERATOR_REMOVED: 'REMOVED' },
  // Paid later, then shown to be unfounded: the remaining (halved) effect goes too.
  SETTLED: { DISPUTE_UPHELD: 'REMOVED', MODERATOR_REMOVED: 'REMOVED' },
  REJECTED: {},
  WITHDRAWN: {},
  REMOVED: {},
};

export function nextPublicationStatus(status: PublicationStatus, event: PublicationEvent): PublicationStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** Statuses under which the invoice counts as "published or asked for" (one at a time per invoice). */
export const OPEN_PUBLICATION_STATUSES: readonly PublicationStatus[] = ['REQUESTED', 'APPROVED'];
