import { type IsoDate, toEpochDay } from './dates.js';
import { type Contribution, explain } from './contributions.js';
import { evaluate } from './evaluate.js';
import type { ScoreEvent } from './events.js';
import { type Grade, gradeOf } from './grade.js';
import { readLedger } from './ledger.js';
import { observe } from './observations.js';
import { type ScoreParams, resolveParams } from './params.js';

export type TrendDirection = 'UP' | 'DOWN' | 'STABLE';

export interface ScoreTrend {
  readonly direction: TrendDirection;
  /** value − previousValue, one decimal. */
  readonly delta: number;
  /** The score `trendWindowDays` before asOf. */
  readonly previousValue: number;
}

export interface ScoreResult {
  /** 0..100, one decimal. */
  readonly value: number;
  readonly grade: Grade;
  /** 0..1: how much independent payment evidence backs the value. */
  readonly confidence: number;
  /** False when confidence < minConfidence: show "pas assez de données". */
  readonly enoughData: boolean;
  readonly trend: ScoreTrend;
  /** Sorted by |effect| desc; neutral + Σ effect = value exactly (to the tenth). */
  readonly contributions: readonly Contribution[];
}

function valueTenthsAt(events: readonly ScoreEvent[], asOfDay: number, p: ScoreParams): number {
  const ev = evaluate(observe(readLedger(events, asOfDay), p), p);
  return Math.round(ev.clamped * 10);
}

/** The score value only (one decimal): no contributions, labels nor trend. */
export function computeScoreValue(
  events: readonly ScoreEvent[],
  asOf: IsoDate | Date,
  params?: Partial<ScoreParams>,
): number {
  return valueTenthsAt(events, toEpochDay(asOf), resolveParams(params)) / 10;
}

/** The payer score of one debtor on day `asOf`, from its score events. Pure and deterministic. */
export function computeScore(
  events: readonly ScoreEvent[],
  asOf: IsoDate | Date,
  params?: Partial<ScoreParams>,
): ScoreResult {
  const p = resolveParams(params);
  const asOfDay = toEpochDay(asOf);
  const obs = observe(readLedger(events, asOfDay), p);
  const ev = evaluate(obs, p);
  const valueTenths = Math.round(ev.clamped * 10);
  const previousTenths = valueTenthsAt(events, asOfDay - p.trendWindowDays, p);
  const delta = (valueTenths - previousTenths) / 10;
  const direction: TrendDirection =
    delta >= p.trendThreshold ? 'UP' : delta <= -p.trendThreshold ? 'DOWN' : 'STABLE';
  const value = valueTenths / 10;
  const confidence = Math.round(ev.confidence * 1000) / 1000;
  return {
    value,
    grade: gradeOf(value, p),
    confidence,
    enoughData: confidence >= p.minConfidence,
    trend: { direction, delta, previousValue: previousTenths / 10 },
    contributions: explain(obs, ev, valueTenths, p),
  };
}
