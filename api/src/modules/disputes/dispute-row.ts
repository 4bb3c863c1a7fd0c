import { DisputeStatus } from './domain/dispute-rules.js';
import { DisputeObject } from './dtos/dispute.dto.js';

export const DISPUTE_COLUMNS = 'id, invoice_id, creditor_siren, debtor_siren, reason, status, opened_via, opened_by_user_id, opened_at, ruling_reason, closed_at';

export interface DisputeRow {
  id: string;
  invoice_id: string;
  creditor_siren: string;
  debtor_siren: string;
  reason: string;
  status: DisputeStatus;
  opened_via: string;
  opened_by_user_id: string | null;
  opened_at: Date;
  ruling_reason: string | null;
  closed_at: Date | null;
}

export function toDisputeObject(row: DisputeRow): DisputeObject {
  return {
    id: row.id,
    invoiceId: row.invoice_id,
    reason: row.reason,
    status: row.status,
    openedVia: row.opened_via,
    openedAt: row.opened_at,
    rulingReason: row.ruling_reason,
    closedAt: row.closed_at,
  };
}
