import type { IsoDate } from './dates.js';
import type { Evaluation } from './evaluate.js';
import {
  GOOD_REMINDER_LABEL,
  earlyLabel,
  overdueLabel,
  paidLabel,
  publicationLabel,
  recommendationLabel,
} from './labels.js';
import type { Observations, PublicationObservation } from './observations.js';
import type { ScoreParams } from './params.js';
import { distributeTenths } from './rounding.js';

export type ContributionKind =
  | 'INVOICE_PAID'
  | 'INVOICE_OPEN_OVERDUE'
  | 'EARLY_PAYMENT_BONUS'
  | 'GOOD_REMINDER_BONUS'
  | 'PUBLICATION'
  | 'RECOMMENDATION';

/** One explained share of the score: neutral + Σ effect = value, to the tenth. */
export interface Contribution {
  readonly eventId: string;
  readonly kind: ContributionKind;
  readonly date: IsoDate;
  readonly creditorId: string;
  readonly invoiceId: string | null;
  /** The evidence weight of the event (amount × decay × reliability, or strength), 3 decimals. */
  readonly weight: number;
  /** Points, one decimal, may be negative. */
  readonly effect: number;
  readonly label: string;
}

interface RawContribution {
  eventId: string;
  kind: ContributionKind;
  date: IsoDate;
  creditorId: string;
  invoiceId: string | null;
  weight: number;
  effect: number;
  label: string;
}

/**
 * Attributes every term of the evaluation to the events that produced it (README §Contributions):
 * a saturating term is shared among creditors in proportion to their capped exponents, then among
 * a creditor's events in proportion to their raw evidence. Effects are then scaled if the value
 * was clamped, and rounded so that they sum exactly to value − neutral.
 */
export function explain(
  obs: Observations,
  ev: Evaluation,
  valueTenths: number,
  p: ScoreParams,
): Contribution[] {
  const out: RawContribution[] = [];
  for (const o of obs.invoices) {
    const c = ev.creditors.get(o.source.creditorId);
    if (c === undefined) continue;
    const e = o.source;
    const weight = round3(o.weight);
    if (o.good > 0 && ev.onTimeExponentSum > 0) {
      const effect = (ev.onTime * (c.onTimeExponent / ev.onTimeExponentSum) * o.good) / c.good;
      out.push(make(e.id, 'INVOICE_PAID', e.date, e.creditorId, e.invoiceId, weight, effect, paidLabel(o.daysLate)));
    }
    if (o.early + o.reminder > 0 && ev.extraExponentSum > 0) {
      const share = (ev.extra * (c.extraExponent / ev.extraExponentSum)) / c.extra;
      if (o.early > 0) {
        out.push(make(e.id, 'EARLY_PAYMENT_BONUS', e.date, e.creditorId, e.invoiceId, weight, share * o.early, earlyLabel(-o.daysLate)));
      }
      if (o.reminder > 0) {
        out.push(make(e.id, 'GOOD_REMINDER_BONUS', e.date, e.creditorId, e.invoiceId, weight, share * o.reminder, GOOD_REMINDER_LABEL));
      }
    }
    if (o.late > 0 && ev.lateExponentSum > 0) {
      const effect = -(ev.late * (c.lateExponent / ev.lateExponentSum) * o.late) / c.late;
      out.push(
        o.paid
          ? make(e.id, 'INVOICE_PAID', e.date, e.creditorId, e.invoiceId, weight, effect, paidLabel(o.daysLate))
          : make(e.id, 'INVOICE_OPEN_OVERDUE', e.date, e.creditorId, e.invoiceId, weight, effect, overdueLabel(o.daysLate)),
      );
    }
  }
  for (let i = 0; i < obs.publications.length; i++) {
    const pub = obs.publications[i] as PublicationObservation;
    const effective = ev.publicationEffective[i] ?? 0;
    if (effective <= 0 || ev.publicationStrengthSum <= 0) continue;
    const e = pub.source;
    const effect = -(ev.publications * effective) / ev.publicationStrengthSum;
    out.push(make(e.id, 'PUBLICATION', e.date, e.creditorId, e.invoiceId, round3(effective), effect, publicationLabel(pub.settled)));
  }
  for (const r of obs.recommendations) {
    if (r.strength <= 0 || ev.recommendationStrengthSum <= 0) continue;
    const e = r.source;
    const effect = (ev.recommendations * r.strength) / ev.recommendationStrengthSum;
    out.push(make(e.id, 'RECOMMENDATION', e.date, e.creditorId, null, round3(r.strength), effect, recommendationLabel(e.recommenderScore)));
  }

  // When the raw value left 0..100, every effect shrinks by the same factor (neutral is inside).
  const spread = ev.raw - p.neutral;
  const scale = spread === 0 ? 1 : (ev.clamped - p.neutral) / spread;
  const scaled = new Array<number>(out.length);
  for (let i = 0; i < out.length; i++) scaled[i] = (out[i] as RawContribution).effect * scale;
  const tenths = distributeTenths(scaled, valueTenths - Math.round(p.neutral * 10));
  for (let i = 0; i < out.length; i++) {
    const c = out[i] as RawContribution;
    c.effect = (tenths[i] as number) / 10;
  }
  out.sort(byImpact);
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** One allocation site, one object shape: keeps the hot path monomorphic. */
function make(
  eventId: string,
  kind: ContributionKind,
  date: IsoDate,
  creditorId: string,
  invoiceId: string | null,
  weight: number,
  effect: number,
  label: string,
): RawContribution {
  return { eventId, kind, date, creditorId, invoiceId, weight, effect, label };
}

function byImpact(a: RawContribution, b: RawContribution): number {
  const d = Math.abs(b.effect) - Math.abs(a.effect);
  if (d !== 0) return d;
  if (a.eventId !== b.eventId) return a.eventId < b.eventId ? -1 : 1;
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
