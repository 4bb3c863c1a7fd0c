import { EntityManager } from 'typeorm';
import { PublicationObject, PublicationTimelineEntryObject } from './dtos/publication.dto.js';

export interface PublicationRow {
  id: string;
  status: string;
  invoice_id: string;
  invoice_number: string;
  amount_cents: string;
  currency: string;
  issue_date: string;
  due_date: string;
  creditor_siren: string;
  creditor_name: string;
  debtor_siren: string;
  debtor_name: string;
  statement: string;
  requested_at: Date;
  answer_until: Date;
  debtor_waived_at: Date | null;
  ultimatum_sent_at: Date;
  ultimatum_deadline: string;
  approvals_required: number;
  first_approval_by: string | null;
  first_approval_label: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  approved_at: Date | null;
  settled_at: Date | null;
  end_reason: string | null;
  reply_text: string | null;
  reply_created_at: Date | null;
  reply_updated_at: Date | null;
  evidence_id: string;
  evidence_filename: string;
  evidence_size: number;
  evidence_sha256: string;
  timeline: TimelineSnapshot[];
  invoice_status: string;
}

/** One reminder message as kept in `publications.timeline` (dates as ISO strings in JSON). */
export interface TimelineSnapshot {
  channel: string;
  tone: string;
  status: string;
  scheduledAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  subject: string | null;
  body: string | null;
}

export const PUBLICATION_SELECT = `
  SELECT p.id, p.status, p.invoice_id, p.invoice_number, p.amount_cents::text AS amount_cents, p.currency, p.issue_date::text AS issue_date,
         p.due_date::text AS due_date, p.creditor_siren, cr.name AS creditor_name, p.debtor_siren, db.name AS debtor_name, p.statement,
         p.requested_at, p.answer_until, p.debtor_waived_at, p.ultimatum_sent_at, p.ultimatum_deadline::text AS ultimatum_deadline,
         p.approvals_required, p.first_approval_by, fa.email AS first_approval_label, p.decision_reason, p.decided_at, p.approved_at,
         p.settled_at, p.end_reason, r.text AS reply_text, r.created_at AS reply_created_at, r.updated_at AS reply_updated_at,
         e.id AS evidence_id, e.filename AS evidence_filename, e.size_bytes AS evidence_size, e.sha256 AS evidence_sha256, p.timeline,
         i.status AS invoice_status
    FROM publications p
    JOIN companies cr ON cr.siren = p.creditor_siren
    JOIN companies db ON db.siren = p.debtor_siren
    JOIN publication_evidence e ON e.id = p.evidence_id
    JOIN invoices i ON i.id = p.invoice_id
    LEFT JOIN users fa ON fa.id = p.first_approval_by
    LEFT JOIN publication_replies r ON r.publication_id = p.id`;

export async function loadPublication(manager: EntityManager, id: string): Promise<PublicationRow | null> {
  const [row] = (await manager.query(`${PUBLICATION_SELECT} WHERE p.id = $1`, [id])) as PublicationRow[];
  return row ?? null;
}

export function toPublicationObject(row: PublicationRow): PublicationObject {
  return {
    id: row.id,
    status: row.status,
    invoiceId: row.invoice_id,
    invoiceNumber: row.invoice_number,
    amountCents: Number(row.amount_cents),
    currency: row.currency,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    creditor: { siren: row.creditor_siren, name: row.creditor_name },
    debtor: { siren: row.debtor_siren, name: row.debtor_name },
    statement: row.statement,
    requestedAt: row.requested_at,
    answerUntil: row.answer_until,
    debtorWaivedAnswerPeriod: row.debtor_waived_at !== null,
    ultimatumSentAt: row.ultimatum_sent_at,
    ultimatumDeadline: row.ultimatum_deadline,
    approvalsRequired: row.approvals_required,
    approvalsGiven: row.approved_at !== null ? row.approvals_required : row.first_approval_by !== null ? 1 : 0,
    decisionReason: row.decision_reason,
    decidedAt: row.decided_at,
    approvedAt: row.approved_at,
    settledAt: row.settled_at,
    endReason: row.end_reason,
    reply: row.reply_text !== null ? { text: row.reply_text, createdAt: row.reply_created_at!, updatedAt: row.reply_updated_at! } : null,
    evidence: {
      id: row.evidence_id,
      filename: row.evidence_filename,
      sizeBytes: row.evidence_size,
      sha256: row.evidence_sha256,
      downloadPath: `/publications/evidence/${row.evidence_id}`,
    },
    timeline: row.timeline.map(toTimelineEntry),
  };
}

function toTimelineEntry(entry: TimelineSnapshot): PublicationTimelineEntryObject {
  return {
    channel: entry.channel,
    tone: entry.tone,
    status: entry.status,
    scheduledAt: new Date(entry.scheduledAt),
    sentAt: entry.sentAt ? new Date(entry.sentAt) : null,
    deliveredAt: entry.deliveredAt ? new Date(entry.deliveredAt) : null,
    subject: entry.subject,
    body: entry.body,
  };
}
