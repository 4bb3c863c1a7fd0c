import { EntityManager } from 'typeorm';
import { DeclaredPaymentObject, PaymentPlanObject } from './dtos/debtor-page.dto.js';
import { Instalment } from './domain/payment-plan.js';

export const DECLARATION_COLUMNS = `id, invoice_id, creditor_siren, paid_on::text AS paid_on, note, status, declared_at`;
export const PLAN_COLUMNS = `id, invoice_id, creditor_siren, instalments, status, proposed_at`;

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
