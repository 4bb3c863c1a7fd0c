import { LedgerReason } from './ledger-reason.js';

export interface LedgerCsvRow {
  createdAt: Date;
  reason: LedgerReason;
  reference: string;
  delta: number;
  balanceAfter: number;
  note: string | null;
}

const REASON_LABELS: Record<LedgerReason, string> = {
  [LedgerReason.SIGNUP_GRANT]: 'Jetons offerts à l’inscription',
  [LedgerReason.PACK_PURCHASE]: 'Achat de pack',
  [LedgerReason.INVOICE_PROCESSING]: 'Facture mise sous scénario',
  [LedgerReason.REFUND]: 'Remboursement',
  [LedgerReason.ADJUSTMENT]: 'Ajustement',
};

export const LEDGER_CSV_HEADER = ['date', 'motif', 'code_motif', 'reference', 'mouvement', 'solde', 'commentaire'];

/**
 * The ledger as a semicolon CSV (what French spreadsheets open by default), newest first as
 * given. Text cells are quoted; a cell starting with = + - @ is prefixed with ' so a spreadsheet
 * never runs it as a formula (the admin's comment is free text).
 */
export function ledgerCsv(rows: readonly LedgerCsvRow[]): string {
  const lines = [LEDGER_CSV_HEADER.join(';')];
  for (const row of rows) {
    lines.push(
      [
        row.createdAt.toISOString(),
        text(REASON_LABELS[row.reason]),
        row.reason,
        text(row.reference),
        String(row.delta),
        String(row.balanceAfter),
        text(row.note ?? ''),
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
