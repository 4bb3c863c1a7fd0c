import { toEpochDay } from './dates.js';
import type {
  InvoiceOpenEvent,
  InvoicePaidEvent,
  PublicationApprovedEvent,
  RecommendationEvent,
  ScoreEvent,
} from './events.js';

/**
 * The facts in force on `asOf`, resolved from the event log: which invoices are paid, open or
 * removed, which publications stand, which recommendation each creditor holds.
 */
export interface Ledger {
  readonly asOfDay: number;
  /** Invoices not removed: the payment (first one) if any, else the latest open record. */
  readonly invoices: readonly InvoiceFacts[];
  readonly publications: readonly PublicationFacts[];
  readonly recommendations: readonly RecommendationEvent[];
  /** Creditors with at least one counted INVOICE_PAID. */
  readonly paidCreditors: ReadonlySet<string>;
}

export interface InvoiceFacts {
  readonly open: InvoiceOpenEvent | undefined;
  readonly paid: InvoicePaidEvent | undefined;
}

export interface PublicationFacts {
  readonly approved: PublicationApprovedEvent;
  readonly settled: boolean;
}

interface MutableInvoice {
  open: InvoiceOpenEvent | undefined;
  paid: InvoicePaidEvent | undefined;
}

function compareEvents(a: ScoreEvent, b: ScoreEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** Events in (date, id) order; the input is returned as is when already in that order. */
export function inStableOrder(events: readonly ScoreEvent[]): readonly ScoreEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1] as ScoreEvent, events[i] as ScoreEvent) > 0) {
      return events.slice().sort(compareEvents);
    }
  }
  return events;
}

/** Resolves the facts in force at `asOfDay`. Events dated after it are ignored. */
export function readLedger(events: readonly ScoreEvent[], asOfDay: number): Ledger {
  const ordered = inStableOrder(events);
  const invoices = new Map<string, MutableInvoice>();
  const removedInvoices = new Set<string>();
  const approved: PublicationApprovedEvent[] = [];
  const settledPublications = new Set<string>();
  const removedPublications = new Set<string>();
  const recommendations = new Map<string, RecommendationEvent>();
  const withdrawnOn = new Map<string, string>();

  for (const e of ordered) {
    if (toEpochDay(e.date) > asOfDay) continue;
    switch (e.kind) {
      case 'INVOICE_OPEN': {
        const inv = invoices.get(e.invoiceId);
        if (inv === undefined) invoices.set(e.invoiceId, { open: e, paid: undefined });
        else inv.open = e; // the latest record wins (a corrected due date or amount)
        break;
      }
      case 'INVOICE_PAID': {
        const inv = invoices.get(e.invoiceId);
        if (inv === undefined) invoices.set(e.invoiceId, { open: undefined, paid: e });
        else if (inv.paid === undefined) inv.paid = e; // the first payment is the payment
        break;
      }
      case 'INVOICE_CANCELLED':
      case 'INVOICE_DISPUTE_WON':
        removedInvoices.add(e.invoiceId);
        break;
      case 'RECOMMENDATION':
        recommendations.set(e.creditorId, e);
        break;
      case 'RECOMMENDATION_WITHDRAWN':
        withdrawnOn.set(e.creditorId, e.date);
        break;
      case 'PUBLICATION_APPROVED':
        approved.push(e);
        break;
      case 'PUBLICATION_SETTLED':
        settledPublications.add(e.publicationId);
        break;
      case 'PUBLICATION_REMOVED':
        removedPublications.add(e.publicationId);
        break;
      default:
        assertNever(e);
    }
  }

  const kept: InvoiceFacts[] = [];
  const paidCreditors = new Set<string>();
  for (const [invoiceId, inv] of invoices) {
    if (removedInvoices.has(invoiceId)) continue;
    kept.push(inv);
    if (inv.paid !== undefined) paidCreditors.add(inv.paid.creditorId);
  }

  const publications: PublicationFacts[] = [];
  for (const p of approved) {
    if (removedPublications.has(p.publicationId) || removedInvoices.has(p.invoiceId)) continue;
    publications.push({ approved: p, settled: settledPublications.has(p.publicationId) });
  }

  const standing: RecommendationEvent[] = [];
  for (const [creditorId, r] of recommendations) {
    const withdrawn = withdrawnOn.get(creditorId);
    if (withdrawn !== undefined && withdrawn >= r.date) continue;
    standing.push(r);
  }

  return { asOfDay, invoices: kept, publications, recommendations: standing, paidCreditors };
}

function assertNever(e: never): never {
  throw new TypeError(`Unknown score event kind: ${JSON.stringify(e)}`);
}
