import { CompanyRecord } from '../companies/domain/company-record.js';
import { toCompanyObject } from '../companies/dtos/company.object.js';
import { CalendarDate } from './domain/calendar-date.js';
import { ContactChannel } from './domain/contact-channel.js';
import { InvoiceStatus } from './domain/invoice-status.js';
import { daysOverdue } from './domain/settlement.js';
import { ContactObject } from './dtos/contact.object.js';
import { InvoiceObject } from './dtos/invoice.object.js';
import { bigintAsNumber } from './entities/bigint-number.transformer.js';

/**
 * One invoice with its contact, as raw SQL reads it. Dates come as text so pg never turns a
 * calendar date into a local-time Date.
 */
export const INVOICE_SELECT = `
  SELECT i.id, i.creditor_siren, i.debtor_siren, i.number, i.amount_cents::text AS amount_cents, i.currency,
         i.issue_date::text AS issue_date, i.due_date::text AS due_date, i.paid_at::text AS paid_at, i.status,
         c.id AS contact_id, c.name AS contact_name, c.email AS contact_email, c.phone AS contact_phone,
         c.preferred_channel AS contact_preferred_channel
    FROM invoices i
    LEFT JOIN contacts c ON c.id = i.contact_id`;

export interface InvoiceRow {
  id: string;
  creditor_siren: string;
  debtor_siren: string;
  number: string;
  amount_cents: string;
  currency: string;
  issue_date: CalendarDate;
  due_date: CalendarDate;
  paid_at: CalendarDate | null;
  status: InvoiceStatus;
  contact_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_preferred_channel: ContactChannel | null;
}

function toContactObject(row: InvoiceRow): ContactObject | null {
  if (!row.contact_id) return null;
  const contact = new ContactObject();
  contact.id = row.contact_id;
  contact.name = row.contact_name;
  contact.email = row.contact_email;
  contact.phone = row.contact_phone;
  contact.preferredChannel = row.contact_preferred_channel ?? ContactChannel.EMAIL;
  return contact;
}

/** Builds the GraphQL invoice field by field; `debtors` holds the page's debtors, loaded in one query. */
export function toInvoiceObject(row: InvoiceRow, debtors: ReadonlyMap<string, CompanyRecord>, today: CalendarDate): InvoiceObject {
  const debtor = debtors.get(row.debtor_siren);
  // The foreign key guarantees the company exists; a miss means the caller forgot to load it.
  if (!debtor) throw new Error(`Debtor ${row.debtor_siren} of invoice ${row.id} was not loaded`);
  const invoice = new InvoiceObject();
  invoice.id = row.id;
  invoice.number = row.number;
  invoice.debtor = toCompanyObject(debtor);
  invoice.amountCents = bigintAsNumber.from(row.amount_cents) as number;
  invoice.currency = row.currency;
  invoice.issueDate = row.issue_date;
  invoice.dueDate = row.due_date;
  invoice.paidAt = row.paid_at;
  invoice.status = row.status;
  invoice.daysOverdue = daysOverdue({ status: row.status, dueDate: row.due_date }, today);
  invoice.contact = toContactObject(row);
  return invoice;
}
