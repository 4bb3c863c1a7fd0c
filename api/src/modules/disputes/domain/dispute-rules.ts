/** The life of a dispute (issue 5 debtor side, issue 6 moderation): one OPEN at a time per invoice. */
export type DisputeStatus = 'OPEN' | 'UPHELD' | 'REJECTED' | 'WITHDRAWN';
/** What a moderator decides; WITHDRAWN is the debtor's own act. */
export type DisputeRuling = 'UPHELD' | 'REJECTED';
export type DisputeClosing = DisputeRuling | 'WITHDRAWN';
/** How the debtor spoke: as a signed-in member of the debtor company, or through the signed link of a reminder. */
export type DisputeOpenedVia = 'DEBTOR_MEMBER' | 'DEBTOR_LINK';

export const DISPUTE_REASON_MIN = 10;
export const DISPUTE_REASON_MAX = 4_000;
export const RULING_REASON_MAX = 4_000;

export type DisputeRefusal = 'DISPUTE_REASON_INVALID' | 'INVOICE_NOT_DISPUTABLE' | 'DISPUTE_ALREADY_OPEN' | 'DISPUTE_NOT_OPEN' | 'RULING_REASON_INVALID';

/** A reason the creditor and a moderator can act on: trimmed, at least a sentence, bounded. */
export function checkDisputeReason(raw: string): { ok: true; reason: string } | { ok: false; refusal: 'DISPUTE_REASON_INVALID' } {
  const reason = raw.trim();
  if (reason.length < DISPUTE_REASON_MIN || reason.length > DISPUTE_REASON_MAX) return { ok: false, refusal: 'DISPUTE_REASON_INVALID' };
  return { ok: true, reason };
}

/**
 * Only an OPEN invoice is disputed: a paid or cancelled one has nothing left to contest, and a
 * DISPUTED one already carries a dispute (open, or upheld for good).
 */
export function checkOpening(invoice: { status: string }, hasOpenDispute: boolean): DisputeRefusal | null {
  if (hasOpenDispute) return 'DISPUTE_ALREADY_OPEN';
  if (invoice.status !== 'OPEN') return 'INVOICE_NOT_DISPUTABLE';
  return null;
}

export interface ClosingOutcome {
  /** The invoice's status once the dispute is closed. */
  invoiceStatus: string;
  /**
   * END: the run stops for good (the debtor was right). CREDITOR_MAY_RESUME: the run stays paused
   * until the creditor resumes it (resumeReminders), so nothing leaves behind its back.
   */
  reminders: 'END' | 'CREDITOR_MAY_RESUME';
}

/**
 * Closing an OPEN dispute. Upheld: the invoice stays DISPUTED for good. Rejected or withdrawn: it is
 * OPEN again. An invoice paid while disputed stays PAID whatever the outcome.
 */
export function closeDispute(
  dispute: { status: DisputeStatus },
  invoice: { status: string },
  to: DisputeClosing,
): { ok: true; outcome: ClosingOutcome } | { ok: false; refusal: 'DISPUTE_NOT_OPEN' } {
  if (dispute.status !== 'OPEN') return { ok: false, refusal: 'DISPUTE_NOT_OPEN' };
  const stillDisputed = invoice.status === 'DISPUTED';
  const invoiceStatus = !stillDisputed ? invoice.status : to === 'UPHELD' ? 'DISPUTED' : 'OPEN';
  return { ok: true, outcome: { invoiceStatus, reminders: to === 'UPHELD' ? 'END' : 'CREDITOR_MAY_RESUME' } };
}

/** A ruling is explained to both sides: a reason is required, bounded. */
export function checkRulingReason(raw: string): { ok: true; reason: string } | { ok: false; refusal: 'RULING_REASON_INVALID' } {
  const reason = raw.trim();
  if (reason.length === 0 || reason.length > RULING_REASON_MAX) return { ok: false, refusal: 'RULING_REASON_INVALID' };
  return { ok: true, reason };
}
