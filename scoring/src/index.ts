export { computeScore, computeScoreValue } from './compute-score.js';
export type { ScoreResult, ScoreTrend, TrendDirection } from './compute-score.js';
export type { Contribution, ContributionKind } from './contributions.js';
export { addDays, daysBetween, toEpochDay, toIsoDate } from './dates.js';
export type { IsoDate } from './dates.js';
export type {
  InvoiceCancelledEvent,
  InvoiceDisputeWonEvent,
  InvoiceOpenEvent,
  InvoicePaidEvent,
  PublicationApprovedEvent,
  PublicationRemovedEvent,
  PublicationSettledEvent,
  RecommendationEvent,
  RecommendationWithdrawnEvent,
  ScoreEvent,
  ScoreEventKind,
} from './events.js';
export { gradeOf } from './grade.js';
export type { Grade } from './grade.js';
export { improvementPlan, scoreEffectOfPayingOn } from './improvement-plan.js';
export type { ImprovementStep, PaymentEffect } from './improvement-plan.js';
export { DEFAULT_SCORE_PARAMS } from './params.js';
export type { ScoreParams } from './params.js';
