import { EntityManager } from 'typeorm';

/** Who acted on an invoice, as its timeline shows it. */
export type InvoiceEventActor = 'CREDITOR' | 'DEBTOR_MEMBER' | 'DEBTOR_LINK' | 'MODERATOR' | 'SYSTEM';

export interface InvoiceEventInput {
  invoiceId: string;
  /** UPPER_SNAKE, e.g. DISPUTE_OPENED, PAYMENT_DECLARED, PAYMENT_PLAN_ACCEPTED, DUE_DATE_CHANGED. */
  kind: string;
  actor: InvoiceEventActor;
  actorUserId: string | null;
  /** Small facts shown on the timeline (reason, dates, amounts). */
  details: Record<string, unknown>;
  at: Date;
}

export interface InvoiceEventRow {
  id: string;
  invoice_id: string;
  kind: string;
  actor: InvoiceEventActor;
  actor_user_id: string | null;
  details: Record<string, unknown>;
  occurred_at: Date;
}

/** Written inside the transaction of the change it records, so the timeline never lies. */
export async function recordInvoiceEvent(manager: EntityManager, event: InvoiceEventInput): Promise<void> {
  await manager.query(`INSERT INTO invoice_events (invoice_id, kind, actor, actor_user_id, details, occurred_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`, [
    event.invoiceId,
    event.kind,
    event.actor,
    event.actorUserId,
    JSON.stringify(event.details),
    event.at,
  ]);
}

/** Oldest first. */
export async function listInvoiceEvents(manager: EntityManager, invoiceId: string): Promise<InvoiceEventRow[]> {
  return (await manager.query(
    `SELECT id::text, invoice_id, kind, actor, actor_user_id, details, occurred_at FROM invoice_events WHERE invoice_id = $1 ORDER BY occurred_at, id`,
    [invoiceId],
  )) as InvoiceEventRow[];
}
