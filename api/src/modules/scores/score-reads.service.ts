import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { addDays, parisDate } from '../invoices/domain/calendar-date.js';
import { MAX_HISTORY_DAYS } from './domain/refresh-days.js';
import { CompanyStatsObject } from './dtos/company-stats.object.js';
import { MaterialisedScore } from './dtos/materialised-score.js';
import { ScorePointObject } from './dtos/score-point.object.js';
import { ScoreTrendDirection } from './dtos/score-trend.object.js';
import { ScoresException, ScoresExceptionCode } from './scores.exception.js';

interface CompanyScoreRow {
  siren: string;
  value: string;
  grade: string;
  confidence: string;
  enough_data: boolean;
  trend_direction: ScoreTrendDirection;
  trend_delta: string;
}

interface StatsRow {
  siren: string;
  reported: number;
  on_time: number;
  observed: number;
  days_late: number | null;
}

/**
 * What the public reads: only materialised rows and plain aggregates, never a score computation
 * (a public page must stay cheap whatever a company's history).
 */
@Injectable()
export class ScoreReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Today in Europe/Paris, the day statistics are computed for. */
  today(): string {
    return parisDate(this.clock.now());
  }

  /** Companies without a row are absent from the map: they have no score yet. */
  async scores(sirens: readonly string[]): Promise<Map<string, MaterialisedScore>> {
    const rows: CompanyScoreRow[] = await this.dataSource.query(
      `SELECT siren, value::text, grade, confidence::text, enough_data, trend_direction, trend_delta::text
         FROM company_scores WHERE siren = ANY($1::char(9)[])`,
      [sirens],
    );
    return new Map(rows.map((row) => [row.siren, toMaterialisedScore(row)]));
  }

  /** The stored points of the last `days` days (today included), oldest first. */
  async history(siren: string, days: number): Promise<ScorePointObject[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_HISTORY_DAYS) {
      throw new ScoresException(ScoresExceptionCode.HISTORY_DAYS_INVALID, `L'historique couvre de 1 à ${MAX_HISTORY_DAYS} jours.`, { field: 'days' });
    }
    const today = parisDate(this.clock.now());
    const rows: { day: string; value: string; grade: string }[] = await this.dataSource.query(
      `SELECT day::text AS day, value::text AS value, grade FROM company_score_history
        WHERE siren = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day`,
      [siren, addDays(today, -(days - 1)), today],
    );
    return rows.map((row) => Object.assign(new ScorePointObject(), { day: row.day, value: Number(row.value), grade: row.grade }));
  }

  /**
   * On-time rate and average lateness over the invoices that are evidence today: paid ones, and
   * open ones past due (counted late by the days so far). One grouped query for all sirens.
   */
  async stats(sirens: readonly string[]): Promise<Map<string, CompanyStatsObject>> {
    const today = parisDate(this.clock.now());
    const rows: StatsRow[] = await this.dataSource.query(
      `SELECT debtor_siren AS siren,
              count(*) FILTER (WHERE status <> 'CANCELLED')::int AS reported,
              count(*) FILTER (WHERE status = 'PAID' AND paid_at <= due_date)::int AS on_time,
              count(*) FILTER (WHERE status = 'PAID' OR (status = 'OPEN' AND due_date < $2::date))::int AS observed,
              avg(CASE WHEN status = 'PAID' THEN GREATEST(paid_at - due_date, 0)
                       WHEN status = 'OPEN' AND due_date < $2::date THEN $2::date - due_date END)::float8 AS days_late
         FROM invoices WHERE debtor_siren = ANY($1::char(9)[]) GROUP BY debtor_siren`,
      [sirens, today],
    );
    const bySiren = new Map(rows.map((row) => [row.siren, row]));
    return new Map(sirens.map((siren) => [siren, toStats(bySiren.get(siren))]));
  }
}

function toMaterialisedScore(row: CompanyScoreRow): MaterialisedScore {
  const score = new MaterialisedScore();
  score.value = Number(row.value);
  score.grade = row.grade;
  score.confidence = Number(row.confidence);
  score.enoughData = row.enough_data;
  score.trendOfScore = { direction: row.trend_direction, delta: Number(row.trend_delta) };
  return score;
}

function toStats(row: StatsRow | undefined): CompanyStatsObject {
  const stats = new CompanyStatsObject();
  stats.invoicesReported = row?.reported ?? 0;
  stats.onTimeRate = row && row.observed > 0 ? Math.round((row.on_time / row.observed) * 1000) / 1000 : null;
  stats.averageDaysLate = row && row.observed > 0 && row.days_late !== null ? Math.round(row.days_late * 10) / 10 : null;
  return stats;
}
