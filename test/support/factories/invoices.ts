import type { GraphQLClient } from '../graphql-client.js';
import { uniqueSiren, uniqueSuffix } from '../unique.js';

/** Every field of Invoice, for tests that compare whole invoices. */
export const INVOICE_FIELDS = `
  id number amountCents currency issueDate dueDate paidAt status daysOverdue
  debtor { siren name }
  contact { id name email phone preferredChannel }`;

export const CREATE_INVOICE = `mutation CreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
export const MARK_INVOICE_PAID = `mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) { markInvoicePaid(input: $input) { ${INVOICE_FIELDS} } }`;
export const CANCEL_INVOICE = `mutation CancelInvoice($input: CancelInvoiceInput!) { cancelInvoice(input: $input) { ${INVOICE_FIELDS} } }`;
export const INVOICE = `query Invoice($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
export const INVOICES = `query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {
  invoices(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${INVOICE_FIELDS} } }
  }
}`;
export const IMPORT_INVOICES = `mutation ImportInvoices($input: ImportInvoicesInput!) {
  importInvoices(input: $input) { created alreadyImported rejected errors { line field code message } }
}`;

export interface TestInvoice {
  id: string;
  number: string;
  amountCents: number;
  currency: string;
  issueDate: string;
  dueDate: string;
  paidAt: string | null;
  status: 'OPEN' | 'PAID' | 'DISPUTED' | 'CANCELLED';
  daysOverdue: number;
  debtor: { siren: string; name: string };
  contact: { id: string; name: string | null; email: string | null; phone: string | null; preferredChannel: string } | null;
}

export interface InvoiceConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: TestInvoice }[];
}

export type CreateInvoiceOverrides = Partial<{
  debtorSiren: string;
  debtorName: string | null;
  number: string;
  amountCents: number;
  currency: string;
  issueDate: string;
  dueDate: string;
  contact: { name?: string; email?: string; phone?: string; preferredChannel?: 'EMAIL' | 'SMS' } | null;
}>;

/**
 * The input createInvoice gets unless told otherwise: a new debtor, a unique number. The debtor's
 * name is a made-up word so the companies created here never show up in other tests' searches.
 */
export function invoiceInput(overrides: CreateInvoiceOverrides = {}): Record<string, unknown> {
  return {
    debtorSiren: uniqueSiren(),
    debtorName: `Débitrice Zxqv ${uniqueSuffix()}`,
    number: `F-${uniqueSuffix()}`,
    amountCents: 125_000,
    issueDate: '2026-02-01',
    dueDate: '2026-03-03',
    ...overrides,
  };
}

/** Creates an invoice through the real mutation. */
export async function createInvoice(client: GraphQLClient, overrides: CreateInvoiceOverrides = {}): Promise<TestInvoice> {
  const data = await client.ok<{ createInvoice: TestInvoice }>(CREATE_INVOICE, { input: invoiceInput(overrides) });
  return data.createInvoice;
}

export async function listInvoices(
  client: GraphQLClient,
  variables: { filter?: Record<string, unknown>; first?: number; after?: string } = {},
): Promise<InvoiceConnection> {
  return (await client.ok<{ invoices: InvoiceConnection }>(INVOICES, variables)).invoices;
}

/** A CSV with the French header the import accepts. */
export function invoiceCsv(rows: readonly (readonly string[])[], header = 'siren_debiteur;nom_debiteur;numero;montant;date_emission;date_echeance;contact_email;contact_telephone'): string {
  return [header, ...rows.map((row) => row.join(header.includes(';') ? ';' : ','))].join('\n');
}
