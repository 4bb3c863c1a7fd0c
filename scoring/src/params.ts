/** Every tunable of the model; README.md explains each one. */
export interface ScoreParams {
  /** Score of a company without history. */
  readonly neutral: number;
  /** Amount weight a = 1 + log10(1 + amountCents / amountUnitCents). */
  readonly amountUnitCents: number;
  /** Half-life of a payment observation, counted from max(dueDate, paidDate). */
  readonly paymentHalfLifeDays: number;
  /** Largest share (0..1) of any evidence term a single creditor can fill. */
  readonly creditorShareCap: number;

  /** Points reachable from on-time payments (asymptote neutral + onTimePoints). */
  readonly onTimePoints: number;
  /** Weight units of on-time evidence per e-fold of saturation. */
  readonly onTimeScale: number;
  /** Points reachable from early payments and honoured GOOD reminders. */
  readonly extraPoints: number;
  readonly extraScale: number;
  /** Days early that earn the full early credit (1 unit per weight). */
  readonly earlyDaysForFullCredit: number;
  /** Extra credit units per weight for an invoice paid on time after a GOOD reminder. */
  readonly goodReminderCredit: number;

  /** Points lateness can remove (floor neutral − latePoints before publications). */
  readonly latePoints: number;
  /** Prior weight diluting a creditor's lateness, added to its own on-time volume. */
  readonly lateScale: number;
  /** Days late at which severity reaches 1/2: s(d) = 1 − 2^(−d / h). */
  readonly severityHalfDays: number;
  /** Multiplier on the severity of a lateness that was settled (an unpaid one weighs in full). */
  readonly settledSeverityFactor: number;

  /** Points of one fresh unsettled publication. */
  readonly publicationPoints: number;
  readonly publicationHalfLifeDays: number;
  /** Factor applied once the published invoice is settled. */
  readonly publicationSettledFactor: number;
  /** Cap on all publications together. */
  readonly publicationMaxPoints: number;

  /** Points of one fresh recommendation from a recommender scoring 100. */
  readonly recommendationPoints: number;
  readonly recommendationHalfLifeDays: number;
  readonly recommendationMaxPoints: number;

  /** Weight units of evidence per e-fold of confidence. */
  readonly confidenceScale: number;
  /** Confidence at and above which the score is shown as meaningful. */
  readonly minConfidence: number;

  readonly trendWindowDays: number;
  /** |delta| below this is STABLE. */
  readonly trendThreshold: number;
  /** Lower bounds of grades A..D; below D is E. */
  readonly gradeBands: { readonly A: number; readonly B: number; readonly C: number; readonly D: number };
}

export const DEFAULT_SCORE_PARAMS: ScoreParams = Object.freeze({
  neutral: 70,
  amountUnitCents: 10_000,
  paymentHalfLifeDays: 365,
  creditorShareCap: 0.35,

  onTimePoints: 15,
  onTimeScale: 10,
  extraPoints: 8,
  extraScale: 5,
  earlyDaysForFullCredit: 30,
  goodReminderCredit: 1,

  latePoints: 50,
  lateScale: 4,
  severityHalfDays: 30,
  settledSeverityFactor: 0.7,

  publicationPoints: 30,
  publicationHalfLifeDays: 730,
  publicationSettledFactor: 0.5,
  publicationMaxPoints: 45,

  recommendationPoints: 2,
  recommendationHalfLifeDays: 365,
  recommendationMaxPoints: 6,

  confidenceScale: 10,
  minConfidence: 0.4,

  trendWindowDays: 30,
  trendThreshold: 1,
  gradeBands: Object.freeze({ A: 80, B: 65, C: 50, D: 35 }),
});

/** Defaults overridden by the given fields. */
export function resolveParams(params?: Partial<ScoreParams>): ScoreParams {
  if (params === undefined || params === DEFAULT_SCORE_PARAMS) return DEFAULT_SCORE_PARAMS;
  return { ...DEFAULT_SCORE_PARAMS, ...params };
}
