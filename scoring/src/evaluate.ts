import type { Observations } from './observations.js';
import type { ScoreParams } from './params.js';

/** Per-creditor sums of its invoice observations, and the capped exponents they yield. */
export interface CreditorEvidence {
  good: number;
  extra: number;
  late: number;
  volume: number;
  maxSeverity: number;
  /** min(good / onTimeScale, γ) */
  onTimeExponent: number;
  /** min(extra / extraScale, γ) */
  extraExponent: number;
  /** Λc = min(late / (lateScale + good), γ × min(1, maxSeverity)) */
  lateExponent: number;
}

/** The model's terms in points (README §Model). value = neutral + Σ terms, clamped to 0..100. */
export interface Evaluation {
  readonly creditors: ReadonlyMap<string, CreditorEvidence>;
  readonly onTime: number;
  readonly extra: number;
  /** Points removed by lateness (≥ 0). */
  readonly late: number;
  /** Points removed by publications (≥ 0). */
  readonly publications: number;
  /** Per publication (same order as observations): its strength after the per-creditor cap. */
  readonly publicationEffective: readonly number[];
  readonly publicationStrengthSum: number;
  readonly recommendations: number;
  readonly recommendationStrengthSum: number;
  readonly onTimeExponentSum: number;
  readonly extraExponentSum: number;
  readonly lateExponentSum: number;
  /** Unclamped neutral + onTime + extra − late − publications + recommendations. */
  readonly raw: number;
  /** raw clamped to 0..100, not rounded. */
  readonly clamped: number;
  readonly confidence: number;
}

/** γ = −ln(1 − cap): a creditor filling γ of an exponent moves its term by at most `cap`. */
export function creditorExponentCap(p: ScoreParams): number {
  return -Math.log(1 - p.creditorShareCap);
}

export function saturate(points: number, exponent: number): number {
  return points * (1 - Math.exp(-exponent));
}

export function evaluate(obs: Observations, p: ScoreParams): Evaluation {
  const gamma = creditorExponentCap(p);
  const creditors = new Map<string, CreditorEvidence>();
  for (const o of obs.invoices) {
    const id = o.source.creditorId;
    let c = creditors.get(id);
    if (c === undefined) {
      c = {
        good: 0,
        extra: 0,
        late: 0,
        volume: 0,
        maxSeverity: 0,
        onTimeExponent: 0,
        extraExponent: 0,
        lateExponent: 0,
      };
      creditors.set(id, c);
    }
    c.good += o.good;
    c.extra += o.early + o.reminder;
    c.late += o.late;
    c.volume += o.weight;
    if (o.severity > c.maxSeverity) c.maxSeverity = o.severity;
  }

  let onTimeSum = 0;
  let extraSum = 0;
  let lateSum = 0;
  let confidenceSum = 0;
  for (const c of creditors.values()) {
    c.onTimeExponent = Math.min(c.good / p.onTimeScale, gamma);
    c.extraExponent = Math.min(c.extra / p.extraScale, gamma);
    onTimeSum += c.onTimeExponent;
    extraSum += c.extraExponent;
    confidenceSum += Math.min(c.volume / p.confidenceScale, gamma);
    if (c.late > 0) {
      // A creditor's lateness is diluted by the on-time payments that same creditor received, and
      // can weigh at most as far as its worst lateness: repeating a lateness adds certainty, not
      // severity.
      c.lateExponent = Math.min(
        c.late / (p.lateScale + c.good),
        gamma * Math.min(1, c.maxSeverity),
      );
      lateSum += c.lateExponent;
    }
  }

  const onTime = saturate(p.onTimePoints, onTimeSum);
  const extra = saturate(p.extraPoints, extraSum);
  const late = saturate(p.latePoints, lateSum);

  // One creditor's publications together count at most as one fresh publication.
  const byCreditor = new Map<string, number>();
  for (const pub of obs.publications) {
    const id = pub.source.creditorId;
    byCreditor.set(id, (byCreditor.get(id) ?? 0) + pub.strength);
  }
  const publicationEffective: number[] = [];
  let publicationStrengthSum = 0;
  for (const pub of obs.publications) {
    const total = byCreditor.get(pub.source.creditorId) ?? 0;
    const effective = total > 1 ? pub.strength / total : pub.strength;
    publicationEffective.push(effective);
    publicationStrengthSum += effective;
  }
  const publications = Math.min(p.publicationPoints * publicationStrengthSum, p.publicationMaxPoints);

  let recommendationStrengthSum = 0;
  for (const r of obs.recommendations) recommendationStrengthSum += r.strength;
  const recommendations = Math.min(
    p.recommendationPoints * recommendationStrengthSum,
    p.recommendationMaxPoints,
  );

  const raw = p.neutral + onTime + extra - late - publications + recommendations;
  const clamped = raw < 0 ? 0 : raw > 100 ? 100 : raw;
  return {
    creditors,
    onTime,
    extra,
    late,
    publications,
    publicationEffective,
    publicationStrengthSum,
    recommendations,
    recommendationStrengthSum,
    onTimeExponentSum: onTimeSum,
    extraExponentSum: extraSum,
    lateExponentSum: lateSum,
    raw,
    clamped,
    confidence: 1 - Math.exp(-confidenceSum),
  };
}
