import { EntityManager } from 'typeorm';
import { RenderContext } from './domain/template.js';

/** The invoice with what rendering and planning need: contact, both companies' names. */
export interface InvoiceContextRow {
  id: string;
  creditor_siren: string;
  number: string;
  amount_cents: string;
  currency: string;
  due_date: string;
  status: string;
  contact_email: string | null;
  contact_phone: string | null;
  creditor_name: string;
  debtor_name: string;
}

const SELECT = `
  SELECT i.id, i.creditor_siren, i.number, i.amount_cents::text AS amount_cents, i.currency, i.due_date::text AS due_date, i.status,
         c.email AS contact_email, c.phone AS contact_phone, cr.name AS creditor_name, d.name AS debtor_name
    FROM invoices i
    LEFT JOIN contacts c ON c.id = i.contact_id
    JOIN companies cr ON cr.siren = i.creditor_siren
    JOIN companies d ON d.siren = i.debtor_siren`;

/** With `creditorSiren`, another creditor's invoice is simply not found. */
export async function loadInvoiceContext(
  manager: EntityManager,
  invoiceId: string,
  options: { creditorSiren?: string; lock?: boolean } = {},
): Promise<InvoiceContextRow | undefined> {
  const params: unknown[] = [invoiceId];
  let where = 'i.id = $1';
  if (options.creditorSiren) {
    params.push(options.creditorSiren);
    where += ' AND i.creditor_siren = $2';
  }
  const rows = (await manager.query(`${SELECT} WHERE ${where}${options.lock ? ' FOR UPDATE OF i' : ''}`, params)) as InvoiceContextRow[];
  return rows[0];
}

/** What rendering needs beyond the invoice: the signed link and the score figures (MessageContextService). */
export interface RenderExtras {
  paymentLink: string;
  currentScore: number;
  scoreGain: number;
}

export function renderContextOf(invoice: InvoiceContextRow, sendDate: string, deadlineDays: number | null, extras: RenderExtras): RenderContext {
  return {
    clientName: invoice.debtor_name,
    creditorName: invoice.creditor_name,
    invoiceNumber: invoice.number,
    amountCents: Number(invoice.amount_cents),
    currency: invoice.currency,
    dueDate: invoice.due_date,
    sendDate,
    deadlineDays,
    ...extras,
  };
}

/** Several invoices at once (the sender handles a batch of messages), keyed by id. */
export async function loadInvoiceContexts(manager: EntityManager, invoiceIds: readonly string[]): Promise<Map<string, InvoiceContextRow>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = (await manager.query(`${SELECT} WHERE i.id = ANY($1::uuid[])`, [[...new Set(invoiceIds)]])) as InvoiceContextRow[];
  return new Map(rows.map((row) => [row.id, row]));
}
