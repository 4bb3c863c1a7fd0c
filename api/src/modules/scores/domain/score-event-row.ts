import type { ScoreEvent } from '@bonpayeur/scoring';

/** An event as a feature records it: the engine's event without its id, about one debtor company. */
export type NewScoreEvent = DistributiveOmit<ScoreEvent, 'id'> & { readonly companySiren: string };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The columns of a `score_events` row (dates as 'YYYY-MM-DD', bigint as text, as pg returns them). */
export interface ScoreEventRow {
  id: string;
  company_siren: string;
  kind: ScoreEvent['kind'];
  occurred_on: string;
  creditor_siren: string | null;
  invoice_id: string | null;
  publication_id: string | null;
  amount_cents: string | null;
  payload: Record<string, unknown>;
}

export type ScoreEventValues = Omit<ScoreEventRow, 'id'>;

/** The SELECT list that yields ScoreEventRow (dates as text so pg never shifts a day). */
export const SCORE_EVENT_COLUMNS = `id, company_siren, kind, occurred_on::text AS occurred_on, creditor_siren, invoice_id,
  publication_id, amount_cents::text AS amount_cents, payload`;

function reliability(event: { readonly creditorReliability?: number }): Record<string, unknown> {
  return event.creditorReliability === undefined ? {} : { creditorReliability: event.creditorReliability };
}

/**
 * Engine event → row. Identifiers and amounts get columns (indexed, joined, constrained); what only
 * the engine reads goes to `payload`. The creditor is identified by its SIREN (`creditorId`).
 */
export function toScoreEventValues(event: NewScoreEvent): ScoreEventValues {
  const base = { company_siren: event.companySiren, kind: event.kind, occurred_on: event.date };
  const none = { creditor_siren: null, invoice_id: null, publication_id: null, amount_cents: null };
  switch (event.kind) {
    case 'INVOICE_OPEN':
      return { ...base, ...none, creditor_siren: event.creditorId, invoice_id: event.invoiceId, amount_cents: String(event.amountCents),
        payload: { dueDate: event.dueDate, ...reliability(event) } };
    case 'INVOICE_PAID':
      return { ...base, ...none, creditor_siren: event.creditorId, invoice_id: event.invoiceId, amount_cents: String(event.amountCents),
        payload: { dueDate: event.dueDate, goodReminderBefore: event.goodReminderBefore, ...reliability(event) } };
    case 'INVOICE_CANCELLED':
    case 'INVOICE_DISPUTE_WON':
      return { ...base, ...none, invoice_id: event.invoiceId, payload: {} };
    case 'RECOMMENDATION':
      return { ...base, ...none, creditor_siren: event.creditorId, payload: { recommenderScore: event.recommenderScore, ...reliability(event) } };
    case 'RECOMMENDATION_WITHDRAWN':
      return { ...base, ...none, creditor_siren: event.creditorId, payload: {} };
    case 'PUBLICATION_APPROVED':
      return { ...base, ...none, creditor_siren: event.creditorId, invoice_id: event.invoiceId, publication_id: event.publicationId,
        amount_cents: String(event.amountCents), payload: { ...reliability(event) } };
    case 'PUBLICATION_SETTLED':
    case 'PUBLICATION_REMOVED':
      return { ...base, ...none, publication_id: event.publicationId, payload: {} };
    default:
      return unreachable(event);
  }
}

/** Row → engine event. Throws on a row the constraints should have made impossible. */
export function toScoreEvent(row: ScoreEventRow): ScoreEvent {
  const base = { id: row.id, date: row.occurred_on };
  const p = row.payload ?? {};
  const withReliability = typeof p.creditorReliability === 'number' ? { creditorReliability: p.creditorReliability } : {};
  switch (row.kind) {
    case 'INVOICE_OPEN':
      return { ...base, kind: row.kind, invoiceId: need(row, 'invoice_id'), creditorId: need(row, 'creditor_siren'),
        amountCents: Number(need(row, 'amount_cents')), dueDate: text(row, p.dueDate, 'dueDate'), ...withReliability };
    case 'INVOICE_PAID':
      return { ...base, kind: row.kind, invoiceId: need(row, 'invoice_id'), creditorId: need(row, 'creditor_siren'),
        amountCents: Number(need(row, 'amount_cents')), dueDate: text(row, p.dueDate, 'dueDate'),
        goodReminderBefore: p.goodReminderBefore === true, ...withReliability };
    case 'INVOICE_CANCELLED':
    case 'INVOICE_DISPUTE_WON':
      return { ...base, kind: row.kind, invoiceId: need(row, 'invoice_id') };
    case 'RECOMMENDATION':
      return { ...base, kind: row.kind, creditorId: need(row, 'creditor_siren'),
        recommenderScore: typeof p.recommenderScore === 'number' ? p.recommenderScore : null, ...withReliability };
    case 'RECOMMENDATION_WITHDRAWN':
      return { ...base, kind: row.kind, creditorId: need(row, 'creditor_siren') };
    case 'PUBLICATION_APPROVED':
      return { ...base, kind: row.kind, publicationId: need(row, 'publication_id'), invoiceId: need(row, 'invoice_id'),
        creditorId: need(row, 'creditor_siren'), amountCents: Number(need(row, 'amount_cents')), ...withReliability };
    case 'PUBLICATION_SETTLED':
    case 'PUBLICATION_REMOVED':
      return { ...base, kind: row.kind, publicationId: need(row, 'publication_id') };
    default:
      return unreachable(row.kind);
  }
}

function need(row: ScoreEventRow, column: 'creditor_siren' | 'invoice_id' | 'publication_id' | 'amount_cents'): string {
  const value = row[column];
  if (value === null || value === undefined) throw new Error(`score_events ${row.id} (${row.kind}) has no ${column}`);
  return value;
}

function text(row: ScoreEventRow, value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`score_events ${row.id} (${row.kind}) has no payload.${field}`);
  return value;
}

function unreachable(value: never): never {
  throw new Error(`Unknown score event kind: ${JSON.stringify(value)}`);
}
