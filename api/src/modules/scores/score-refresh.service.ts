import { computeScore, ScoreEvent, ScoreResult } from '@bonpayeur/scoring';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { refreshDays } from './domain/refresh-days.js';
import { SCORE_EVENT_COLUMNS, ScoreEventRow, toScoreEvent } from './domain/score-event-row.js';

export type RefreshOutcome = 'REFRESHED' | 'NOT_STALE' | 'BUSY';

/** Namespace of the advisory locks that keep two refreshers off one company (first int of the pair). */
const REFRESH_LOCK_NAMESPACE = 0x5c0e;
/** How long a sweeper owns the rows it claimed; past it, another sweeper may take them. */
const SWEEP_LEASE_SECONDS = 120;

/** Reads every score event of a company, in the engine's order. */
export async function loadScoreEvents(manager: EntityManager, siren: string): Promise<ScoreEvent[]> {
  const rows: ScoreEventRow[] = await manager.query(
    `SELECT ${SCORE_EVENT_COLUMNS} FROM score_events WHERE company_siren = $1 ORDER BY occurred_on, id`,
    [siren],
  );
  return rows.map(toScoreEvent);
}

/**
 * Recomputes materialised scores (worker side). The day is today in Europe/Paris by the Clock.
 * The queue table says what is stale; a refresh rewrites the current score and the history of
 * every day from the stale day to today in one transaction, then removes the queue row only if no
 * event marked the company again meanwhile (its generation did not move).
 */
@Injectable()
export class ScoreRefreshService {
  private readonly logger = new Logger(ScoreRefreshService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return parisDate(this.clock.now());
  }

  async refresh(siren: string): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [stale] = (await manager.query(
        `SELECT stale_from::text AS stale_from, generation::text AS generation FROM score_refresh_queue WHERE siren = $1`,
        [siren],
      )) as { stale_from: string; generation: string }[];
      if (!stale) return 'NOT_STALE';
      // A try-lock, not a row lock: recording an event never waits for a refresh to finish.
      const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1::int, $2::int) AS locked`, [
        REFRESH_LOCK_NAMESPACE,
        Number(siren),
      ])) as [{ locked: boolean }];
      if (!locked) return 'BUSY';

      const events = await loadScoreEvents(manager, siren);
      const [{ last }] = (await manager.query(`SELECT max(day)::text AS last FROM company_score_history WHERE siren = $1`, [siren])) as [
        { last: string | null },
      ];
      const today = this.today();
      const days = refreshDays({ staleFrom: stale.stale_from, lastHistoryDay: last, today });
      const results = days.map((day) => ({ day, result: computeScore(events, day) }));
      await this.writeHistory(manager, siren, results);
      await this.writeCurrent(manager, siren, today, results.at(-1)!.result, events.length);
      await manager.query(`DELETE FROM score_refresh_queue WHERE siren = $1 AND generation = $2`, [siren, stale.generation]);
      return 'REFRESHED';
    });
  }

  /**
   * Claims stale companies (FOR UPDATE SKIP LOCKED, then a lease so several sweepers share the
   * work) and refreshes them one by one, until none is left or the time budget is spent.
   * `minAgeSeconds` leaves fresh marks to their bull job; `sirens` limits the sweep (tests, ops).
   */
  async sweep(options: { minAgeSeconds?: number; batchSize?: number; budgetMs?: number; sirens?: readonly string[] } = {}): Promise<number> {
    const { minAgeSeconds = 5, batchSize = 100, budgetMs = 8_000, sirens = null } = options;
    const started = Date.now();
    let refreshed = 0;
    while (Date.now() - started < budgetMs) {
      const claimed = (await this.dataSource.query(
        `UPDATE score_refresh_queue SET lease_until = now() + make_interval(secs => $3)
          WHERE siren IN (SELECT siren FROM score_refresh_queue
                           WHERE (lease_until IS NULL OR lease_until < now())
                             AND marked_at <= now() - make_interval(secs => $1)
                             AND ($4::char(9)[] IS NULL OR siren = ANY($4::char(9)[]))
                           ORDER BY marked_at
                           LIMIT $2
                           FOR UPDATE SKIP LOCKED)
          RETURNING siren`,
        [minAgeSeconds, batchSize, SWEEP_LEASE_SECONDS, sirens],
      )) as [{ siren: string }[], number];
      const rows = claimed[0];
      if (rows.length === 0) break;
      for (const { siren } of rows) {
        try {
          if ((await this.refresh(siren)) === 'REFRESHED') refreshed += 1;
        } catch (error) {
          // The row stays; its lease expires and a later sweep retries it.
          this.logger.error(`Score refresh of ${siren} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }
    }
    return refreshed;
  }

  /** Daily: every company with an open invoice past due scores lower each day, so all of them are stale today. */
  async markOverdueStale(): Promise<number> {
    const today = this.today();
    const rows = (await this.dataSource.query(
      `INSERT INTO score_refresh_queue AS q (siren, stale_from)
       SELECT debtor_siren, $1::date FROM invoices WHERE status = 'OPEN' AND due_date < $1::date GROUP BY debtor_siren
       ON CONFLICT (siren) DO UPDATE
         SET stale_from = LEAST(q.stale_from, EXCLUDED.stale_from), generation = q.generation + 1, marked_at = now(), lease_until = NULL
       RETURNING siren`,
      [today],
    )) as unknown[];
    return rows.length;
  }

  private async writeHistory(manager: EntityManager, siren: string, results: readonly { day: string; result: ScoreResult }[]): Promise<void> {
    await manager.query(
      `INSERT INTO company_score_history (siren, day, value, grade, confidence)
       SELECT $1, t.day, t.value, t.grade, t.confidence
         FROM unnest($2::date[], $3::numeric[], $4::text[], $5::numeric[]) AS t(day, value, grade, confidence)
       ON CONFLICT (siren, day) DO UPDATE SET value = EXCLUDED.value, grade = EXCLUDED.grade, confidence = EXCLUDED.confidence`,
      [
        siren,
        results.map((r) => r.day),
        results.map((r) => r.result.value),
        results.map((r) => r.result.grade),
        results.map((r) => r.result.confidence),
      ],
    );
  }

  private async writeCurrent(manager: EntityManager, siren: string, asOf: string, result: ScoreResult, eventsCount: number): Promise<void> {
    await manager.query(
      `INSERT INTO company_scores (siren, value, grade, confidence, enough_data, trend_direction, trend_delta, contributions, as_of, computed_at, events_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)
       ON CONFLICT (siren) DO UPDATE SET
         value = EXCLUDED.value, grade = EXCLUDED.grade, confidence = EXCLUDED.confidence, enough_data = EXCLUDED.enough_data,
         trend_direction = EXCLUDED.trend_direction, trend_delta = EXCLUDED.trend_delta, contributions = EXCLUDED.contributions,
         as_of = EXCLUDED.as_of, computed_at = EXCLUDED.computed_at, events_count = EXCLUDED.events_count`,
      [
        siren,
        result.value,
        result.grade,
        result.confidence,
        result.enoughData,
        result.trend.direction,
        result.trend.delta,
        JSON.stringify(result.contributions),
        asOf,
        this.clock.now(),
        eventsCount,
      ],
    );
  }
}
