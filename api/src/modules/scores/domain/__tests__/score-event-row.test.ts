import type { ScoreEvent } from '@bonpayeur/scoring';
import { describe, expect, it } from 'vitest';
import { NewScoreEvent, ScoreEventRow, toScoreEvent, toScoreEventValues } from '../score-event-row.js';

const DEBTOR = '552120222';
const CREDITOR = '732829320';
const INVOICE = '0b9d3a52-8c8e-4d4f-9d43-5f8d6f0d3a11';
const PUBLICATION = '7e3c1f0e-2a55-4c8a-bb7a-0c9e8d1f2b33';
const ID = 'c1d2e3f4-0000-4000-8000-000000000001';

/** What pg would hand back for the values the recorder wrote. */
function asStored(values: ReturnType<typeof toScoreEventValues>): ScoreEventRow {
  return { id: ID, ...JSON.parse(JSON.stringify(values)) };
}

const EVENTS: ScoreEvent[] = [
  { id: ID, kind: 'INVOICE_OPEN', date: '2026-01-05', invoiceId: INVOICE, creditorId: CREDITOR, amountCents: 125_000, dueDate: '2026-02-04' },
  { id: ID, kind: 'INVOICE_OPEN', date: '2026-01-05', invoiceId: INVOICE, creditorId: CREDITOR, amountCents: 99_999_999_999, dueDate: '2026-02-04', creditorReliability: 0.5 },
  { id: ID, kind: 'INVOICE_PAID', date: '2026-02-20', invoiceId: INVOICE, creditorId: CREDITOR, amountCents: 125_000, dueDate: '2026-02-04', goodReminderBefore: true },
  { id: ID, kind: 'INVOICE_PAID', date: '2026-02-20', invoiceId: INVOICE, creditorId: CREDITOR, amountCents: 125_000, dueDate: '2026-02-04', goodReminderBefore: false },
  { id: ID, kind: 'INVOICE_CANCELLED', date: '2026-02-21', invoiceId: INVOICE },
  { id: ID, kind: 'INVOICE_DISPUTE_WON', date: '2026-02-22', invoiceId: INVOICE },
  { id: ID, kind: 'RECOMMENDATION', date: '2026-03-01', creditorId: CREDITOR, recommenderScore: 81.5 },
  { id: ID, kind: 'RECOMMENDATION', date: '2026-03-01', creditorId: CREDITOR, recommenderScore: null, creditorReliability: 0.8 },
  { id: ID, kind: 'RECOMMENDATION_WITHDRAWN', date: '2026-03-02', creditorId: CREDITOR },
  { id: ID, kind: 'PUBLICATION_APPROVED', date: '2026-03-03', publicationId: PUBLICATION, invoiceId: INVOICE, creditorId: CREDITOR, amountCents: 500_000 },
  { id: ID, kind: 'PUBLICATION_SETTLED', date: '2026-03-04', publicationId: PUBLICATION },
  { id: ID, kind: 'PUBLICATION_REMOVED', date: '2026-03-05', publicationId: PUBLICATION },
];

describe('score event rows', () => {
  it.each(EVENTS.map((event) => [event.kind, event] as const))('round-trips %s through its row unchanged', (_kind, event) => {
    const { id: _id, ...rest } = event;
    const values = toScoreEventValues({ ...rest, companySiren: DEBTOR } as NewScoreEvent);
    expect(values.company_siren).toBe(DEBTOR);
    expect(values.occurred_on).toBe(event.date);
    expect(toScoreEvent(asStored(values))).toEqual(event);
  });

  it('puts identifiers and amounts in columns, and only engine details in the payload', () => {
    expect(
      toScoreEventValues({ companySiren: DEBTOR, kind: 'INVOICE_PAID', date: '2026-02-20', invoiceId: INVOICE, creditorId: CREDITOR,
        amountCents: 125_000, dueDate: '2026-02-04', goodReminderBefore: false }),
    ).toEqual({
      company_siren: DEBTOR, kind: 'INVOICE_PAID', occurred_on: '2026-02-20', creditor_siren: CREDITOR, invoice_id: INVOICE,
      publication_id: null, amount_cents: '125000', payload: { dueDate: '2026-02-04', goodReminderBefore: false },
    });
  });

  it('reads a bigint amount returned as text as a number', () => {
    const row: ScoreEventRow = { id: ID, company_siren: DEBTOR, kind: 'INVOICE_OPEN', occurred_on: '2026-01-05', creditor_siren: CREDITOR,
      invoice_id: INVOICE, publication_id: null, amount_cents: '100000000000', payload: { dueDate: '2026-02-04' } };
    expect(toScoreEvent(row)).toMatchObject({ amountCents: 100_000_000_000 });
  });

  it('refuses a row missing what its kind needs, rather than scoring garbage', () => {
    const row: ScoreEventRow = { id: ID, company_siren: DEBTOR, kind: 'INVOICE_PAID', occurred_on: '2026-01-05', creditor_siren: CREDITOR,
      invoice_id: INVOICE, publication_id: null, amount_cents: '1000', payload: {} };
    expect(() => toScoreEvent(row)).toThrow(/payload.dueDate/);
    expect(() => toScoreEvent({ ...row, kind: 'PUBLICATION_SETTLED' })).toThrow(/publication_id/);
  });
});
