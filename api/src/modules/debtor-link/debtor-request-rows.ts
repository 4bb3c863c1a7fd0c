import { EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service.js';
import { auditActorOf } from '../audit/domain/audit-entry.js';
import { Actor } from '../auth/domain/actor.js';
import { recordInvoiceEvent } from '../invoices/invoice-events.js';
import { DebtorLinkException, DebtorLinkExceptionCode } from './debtor-link.exception.js';
import { DeclaredPaymentObject, PaymentPlanObject } from './dtos/debtor-page.dto.js';
import { Instalment } from './domain/payment-plan.js';

export const DECLARATION_COLUMNS = `id, invoice_id, creditor_siren, paid_on::text AS paid_on, note, status, declared_at`;
export const PLAN_COLUMNS = `id, invoice_id, creditor_siren, instalments, status, proposed_at, run_id, replaced_run_id`;

export interface DeclarationRow {
  id: string;
  invoice_id: string;
  creditor_siren: string;
  paid_on: string;
  note: string | null;
  status: string;
  declared_at: Date;
}

export interface PlanRow {
  id: string;
  invoice_id: string;
  creditor_siren: string;
  instalments: Instalment[];
  status: string;
  proposed_at: Date;
  /** Accepted plans: the run of the instalment reminders, and the scenario's run it replaced. */
  run_id: string | null;
  replaced_run_id: string | null;
}

export const toDeclarationObject = (row: DeclarationRow): DeclaredPaymentObject => ({
  id: row.id,
  invoiceId: row.invoice_id,
  paidOn: row.paid_on,
  note: row.note,
  status: row.status,
  declaredAt: row.declared_at,
});

export const toPlanObject = (row: PlanRow): PaymentPlanObject => ({ id: row.id, invoiceId: row.invoice_id, instalments: row.instalments, status: row.status, proposedAt: row.proposed_at });

/** The holds the debtor's requests place on reminders (registered with RunHoldsService). */
export async function pendingRequestHold(manager: EntityManager, invoiceId: string): Promise<'PAYMENT_DECLARED' | 'PAYMENT_PLAN_PROPOSED' | null> {
  const [row] = (await manager.query(
    `SELECT EXISTS (SELECT 1 FROM declared_payments WHERE invoice_id = $1 AND status = 'PENDING') AS declared,
            EXISTS (SELECT 1 FROM payment_plans WHERE invoice_id = $1 AND status = 'PROPOSED') AS planned`,
    [invoiceId],
  )) as [{ declared: boolean; planned: boolean }];
  return row.declared ? 'PAYMENT_DECLARED' : row.planned ? 'PAYMENT_PLAN_PROPOSED' : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A creditor's request row (a declared payment or a plan) locked after its invoice, the order every
 * writer of an invoice follows; undefined when it is not this creditor's (another's is simply not found).
 */
export async function lockRequestOf<T>(manager: EntityManager, table: 'declared_payments' | 'payment_plans', columns: string, creditorSiren: string, id: string): Promise<T | undefined> {
  if (!UUID.test(id)) return undefined;
  const [owned] = (await manager.query(`SELECT invoice_id FROM ${table} WHERE id = $1 AND creditor_siren = $2`, [id, creditorSiren])) as { invoice_id: string }[];
  if (!owned) return undefined;
  await manager.query(`SELECT 1 FROM invoices WHERE id = $1 FOR UPDATE`, [owned.invoice_id]);
  const [row] = (await manager.query(`SELECT ${columns} FROM ${table} WHERE id = $1 FOR UPDATE`, [id])) as T[];
  return row;
}

/** A creditor's answer, on the invoice's timeline and in the audit log, in the answer's transaction. */
export async function traceCreditorAnswer(
  manager: EntityManager,
  audit: AuditLogService,
  actor: Actor,
  answer: { invoiceId: string; kind: string; subjectType: string; subjectId: string; reason: string | null; details: Record<string, unknown>; at: Date },
): Promise<void> {
  const { invoiceId, kind, subjectType, subjectId, reason, details, at } = answer;
  await recordInvoiceEvent(manager, { invoiceId, kind, actor: 'CREDITOR', actorUserId: actor.userId, details: { ...details, reason, requestId: subjectId }, at });
  await audit.record(manager, { actor: auditActorOf(actor), action: kind, subjectType, subjectId, reason, details: { invoiceId, ...details } });
}

const REASON_MAX = 1_000;

/** A creditor's optional reason for an answer (kept on the timeline), trimmed; 1,000 characters at most. */
export function creditorReason(raw: string | null | undefined): string | null {
  const reason = raw?.trim() || null;
  if (reason && reason.length > REASON_MAX) throw new DebtorLinkException(DebtorLinkExceptionCode.NOTE_TOO_LONG, 'Le motif fait 1 000 caractères au plus.', { field: 'reason' });
  return reason;
}
