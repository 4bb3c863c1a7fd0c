import type { IsoDate } from './dates.js';

/**
 * Score events: immutable facts about one debtor company. `date` is the day the fact became true
 * (the API's `occurredOn`); the engine ignores events dated after `asOf`, so the score of day D is
 * `computeScore(events, D)` and a payment recorded late but dated in the past rewrites history.
 */
interface ScoreEventBase {
  /** Unique, stable id (the API row id). Ties between same-day events are broken by it. */
  readonly id: string;
  readonly date: IsoDate;
}

interface CreditorFact {
  readonly creditorId: string;
  /** 0..1 trust in this creditor's reports (default 1); multiplies the weight of this event. */
  readonly creditorReliability?: number;
}

/** An invoice is known and unpaid. Counts as late only once past due at `asOf`. */
export interface InvoiceOpenEvent extends ScoreEventBase, CreditorFact {
  readonly kind: 'INVOICE_OPEN';
  readonly invoiceId: string;
  readonly amountCents: number;
  readonly dueDate: IsoDate;
}

/** An invoice was paid; `date` is the real payment date. */
export interface InvoicePaidEvent extends ScoreEventBase, CreditorFact {
  readonly kind: 'INVOICE_PAID';
  readonly invoiceId: string;
  readonly amountCents: number;
  readonly dueDate: IsoDate;
  /** A GOOD-tone reminder was sent before the payment. */
  readonly goodReminderBefore: boolean;
}

/** The invoice was cancelled by the creditor: it stops counting from `date`. */
export interface InvoiceCancelledEvent extends ScoreEventBase {
  readonly kind: 'INVOICE_CANCELLED';
  readonly invoiceId: string;
}

/** The debtor won a dispute on the invoice: the invoice and its publications stop counting. */
export interface InvoiceDisputeWonEvent extends ScoreEventBase {
  readonly kind: 'INVOICE_DISPUTE_WON';
  readonly invoiceId: string;
}

/** A creditor vouches for the debtor. The latest one per creditor counts. */
export interface RecommendationEvent extends ScoreEventBase, CreditorFact {
  readonly kind: 'RECOMMENDATION';
  /** The recommender's own score 0..100 on `date`, or null when it has none. */
  readonly recommenderScore: number | null;
}

/** The creditor withdrew its recommendation (a same-day recommendation is withdrawn too). */
export interface RecommendationWithdrawnEvent extends ScoreEventBase {
  readonly kind: 'RECOMMENDATION_WITHDRAWN';
  readonly creditorId: string;
}

/**
 * A moderator approved the public BADPayeur listing of an unpaid invoice. `creditorReliability`
 * (below 1 for a creditor whose publications were often overturned) lowers its strength.
 */
export interface PublicationApprovedEvent extends ScoreEventBase, CreditorFact {
  readonly kind: 'PUBLICATION_APPROVED';
  readonly publicationId: string;
  readonly invoiceId: string;
  readonly amountCents: number;
}

/** The published invoice was paid: the penalty is reduced, not erased. */
export interface PublicationSettledEvent extends ScoreEventBase {
  readonly kind: 'PUBLICATION_SETTLED';
  readonly publicationId: string;
}

/** Moderation removed the publication (dispute upheld): its effect disappears entirely. */
export interface PublicationRemovedEvent extends ScoreEventBase {
  readonly kind: 'PUBLICATION_REMOVED';
  readonly publicationId: string;
}

export type ScoreEvent =
  | InvoiceOpenEvent
  | InvoicePaidEvent
  | InvoiceCancelledEvent
  | InvoiceDisputeWonEvent
  | RecommendationEvent
  | RecommendationWithdrawnEvent
  | PublicationApprovedEvent
  | PublicationSettledEvent
  | PublicationRemovedEvent;

export type ScoreEventKind = ScoreEvent['kind'];
