import fc from 'fast-check';
import { addDays, type IsoDate } from '../dates.js';
import type {
  InvoiceOpenEvent,
  InvoicePaidEvent,
  PublicationApprovedEvent,
  RecommendationEvent,
  ScoreEvent,
} from '../events.js';

export const AS_OF: IsoDate = '2025-06-30';

export function paid(o: {
  invoiceId: string;
  creditorId?: string;
  amountCents?: number;
  dueDate: IsoDate;
  paidDate: IsoDate;
  goodReminderBefore?: boolean;
  creditorReliability?: number;
  id?: string;
}): InvoicePaidEvent {
  const e: InvoicePaidEvent = {
    id: o.id ?? `paid:${o.invoiceId}`,
    kind: 'INVOICE_PAID',
    date: o.paidDate,
    invoiceId: o.invoiceId,
    creditorId: o.creditorId ?? 'c1',
    amountCents: o.amountCents ?? 100_000,
    dueDate: o.dueDate,
    goodReminderBefore: o.goodReminderBefore ?? false,
  };
  return o.creditorReliability === undefined ? e : { ...e, creditorReliability: o.creditorReliability };
}

export function open(o: {
  invoiceId: string;
  creditorId?: string;
  amountCents?: number;
  dueDate: IsoDate;
  date?: IsoDate;
  creditorReliability?: number;
  id?: string;
}): InvoiceOpenEvent {
  const e: InvoiceOpenEvent = {
    id: o.id ?? `open:${o.invoiceId}`,
    kind: 'INVOICE_OPEN',
    date: o.date ?? addDays(o.dueDate, -30),
    invoiceId: o.invoiceId,
    creditorId: o.creditorId ?? 'c1',
    amountCents: o.amountCents ?? 100_000,
    dueDate: o.dueDate,
  };
  return o.creditorReliability === undefined ? e : { ...e, creditorReliability: o.creditorReliability };
}

export function publication(o: {
  publicationId: string;
  invoiceId: string;
  creditorId?: string;
  date: IsoDate;
  amountCents?: number;
  creditorReliability?: number;
}): PublicationApprovedEvent {
  return {
    id: `pub:${o.publicationId}`,
    kind: 'PUBLICATION_APPROVED',
    date: o.date,
    publicationId: o.publicationId,
    invoiceId: o.invoiceId,
    creditorId: o.creditorId ?? 'c1',
    amountCents: o.amountCents ?? 100_000,
    ...(o.creditorReliability === undefined ? {} : { creditorReliability: o.creditorReliability }),
  };
}

export function recommendation(o: {
  creditorId: string;
  date: IsoDate;
  recommenderScore: number | null;
  creditorReliability?: number;
}): RecommendationEvent {
  const e: RecommendationEvent = {
    id: `rec:${o.creditorId}:${o.date}`,
    kind: 'RECOMMENDATION',
    date: o.date,
    creditorId: o.creditorId,
    recommenderScore: o.recommenderScore,
  };
  return o.creditorReliability === undefined ? e : { ...e, creditorReliability: o.creditorReliability };
}

/** Days before AS_OF. */
export function ago(days: number): IsoDate {
  return addDays(AS_OF, -days);
}

export const CREDITORS = ['c1', 'c2', 'c3', 'c4', 'c5'] as const;

export interface InvoiceSpec {
  readonly creditor: number;
  readonly amountCents: number;
  /** Days between due date and AS_OF (negative: due later). */
  readonly dueAgo: number;
  /** Days late at payment, or null while unpaid. */
  readonly lateness: number | null;
  readonly goodReminderBefore: boolean;
  readonly reliability: number | null;
  readonly removed: 'no' | 'cancelled' | 'disputeWon';
}

export const invoiceSpecArb: fc.Arbitrary<InvoiceSpec> = fc.record({
  creditor: fc.integer({ min: 0, max: CREDITORS.length - 1 }),
  amountCents: fc.integer({ min: 100, max: 100_000_000 }),
  dueAgo: fc.integer({ min: -60, max: 800 }),
  lateness: fc.option(fc.integer({ min: -40, max: 300 }), { freq: 4 }),
  goodReminderBefore: fc.boolean(),
  reliability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 3 }),
  removed: fc.constantFrom('no', 'no', 'no', 'no', 'cancelled', 'disputeWon'),
});

/** The events an invoice produces: known at issue (due − 30), then paid and/or removed. */
export function invoiceEvents(spec: InvoiceSpec, invoiceId: string): ScoreEvent[] {
  const creditorId = CREDITORS[spec.creditor] ?? 'c1';
  const dueDate = ago(spec.dueAgo);
  const rel = spec.reliability === null ? {} : { creditorReliability: spec.reliability };
  const events: ScoreEvent[] = [
    open({ invoiceId, creditorId, amountCents: spec.amountCents, dueDate, ...rel }),
  ];
  if (spec.lateness !== null) {
    events.push(
      paid({
        invoiceId,
        creditorId,
        amountCents: spec.amountCents,
        dueDate,
        paidDate: addDays(dueDate, spec.lateness),
        goodReminderBefore: spec.goodReminderBefore,
        ...rel,
      }),
    );
  }
  if (spec.removed !== 'no') {
    events.push({
      id: `${spec.removed}:${invoiceId}`,
      kind: spec.removed === 'cancelled' ? 'INVOICE_CANCELLED' : 'INVOICE_DISPUTE_WON',
      date: addDays(dueDate, 45),
      invoiceId,
    });
  }
  return events;
}

export interface HistorySpec {
  readonly invoices: readonly InvoiceSpec[];
  readonly publications: readonly {
    readonly invoice: number;
    readonly ago: number;
    readonly settledAfter: number | null;
    readonly removed: boolean;
  }[];
  readonly recommendations: readonly {
    readonly creditor: number;
    readonly ago: number;
    readonly score: number | null;
    readonly withdrawn: boolean;
  }[];
}

export const historySpecArb: fc.Arbitrary<HistorySpec> = fc.record({
  invoices: fc.array(invoiceSpecArb, { maxLength: 25 }),
  publications: fc.array(
    fc.record({
      invoice: fc.nat(),
      ago: fc.integer({ min: 0, max: 1500 }),
      settledAfter: fc.option(fc.integer({ min: 0, max: 400 })),
      removed: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  recommendations: fc.array(
    fc.record({
      creditor: fc.integer({ min: 0, max: CREDITORS.length - 1 }),
      ago: fc.integer({ min: 0, max: 900 }),
      score: fc.option(fc.integer({ min: 0, max: 100 })),
      withdrawn: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
});

export function historyEvents(spec: HistorySpec, prefix = 'h'): ScoreEvent[] {
  const events: ScoreEvent[] = [];
  spec.invoices.forEach((inv, i) => events.push(...invoiceEvents(inv, `${prefix}-inv${i}`)));
  spec.publications.forEach((pub, i) => {
    if (spec.invoices.length === 0) return;
    const index = pub.invoice % spec.invoices.length;
    const inv = spec.invoices[index] as InvoiceSpec;
    const publicationId = `${prefix}-pub${i}`;
    const date = ago(pub.ago);
    events.push(
      publication({
        publicationId,
        invoiceId: `${prefix}-inv${index}`,
        creditorId: CREDITORS[inv.creditor] ?? 'c1',
        date,
      }),
    );
    if (pub.settledAfter !== null) {
      events.push({ id: `settle:${publicationId}`, kind: 'PUBLICATION_SETTLED', date: addDays(date, pub.settledAfter), publicationId });
    }
    if (pub.removed) {
      events.push({ id: `remove:${publicationId}`, kind: 'PUBLICATION_REMOVED', date: addDays(date, 20), publicationId });
    }
  });
  spec.recommendations.forEach((r, i) => {
    const creditorId = CREDITORS[r.creditor] ?? 'c1';
    events.push({ ...recommendation({ creditorId, date: ago(r.ago), recommenderScore: r.score }), id: `${prefix}-rec${i}` });
    if (r.withdrawn) {
      events.push({ id: `${prefix}-recw${i}`, kind: 'RECOMMENDATION_WITHDRAWN', date: ago(Math.max(0, r.ago - 30)), creditorId });
    }
  });
  return events;
}

export const historyArb: fc.Arbitrary<ScoreEvent[]> = historySpecArb.map((s) => historyEvents(s));
