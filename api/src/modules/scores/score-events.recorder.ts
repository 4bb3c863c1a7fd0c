import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NewScoreEvent, toScoreEventValues } from './domain/score-event-row.js';
import { ScoreRefreshScheduler } from './score-refresh.scheduler.js';

/** Upserts "company X must be recomputed from day D"; LEAST keeps the earliest day, generation moves. */
export const MARK_STALE_SQL = `
  INSERT INTO score_refresh_queue AS q (siren, stale_from)
  SELECT t.siren, min(t.day) FROM unnest($1::char(9)[], $2::date[]) AS t(siren, day) GROUP BY t.siren
  ON CONFLICT (siren) DO UPDATE
    SET stale_from = LEAST(q.stale_from, EXCLUDED.stale_from), generation = q.generation + 1, marked_at = now(), lease_until = NULL`;

/**
 * The one way to record score events, for every feature (invoices today; recommendations,
 * publications and disputes later). Call it with the manager of the transaction that writes the
 * fact: the event, the company's stale mark and the fact commit or roll back together, and the
 * refresh job is enqueued after the commit.
 */
@Injectable()
export class ScoreEventsRecorder {
  constructor(private readonly scheduler: ScoreRefreshScheduler) {}

  async record(manager: EntityManager, event: NewScoreEvent): Promise<void> {
    await this.recordMany(manager, [event]);
  }

  async recordMany(manager: EntityManager, events: readonly NewScoreEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO score_events (company_siren, kind, occurred_on, creditor_siren, invoice_id, publication_id, amount_cents, payload)
       SELECT company_siren, kind, occurred_on, creditor_siren, invoice_id, publication_id, amount_cents, payload
         FROM jsonb_to_recordset($1::jsonb) AS t(company_siren char(9), kind text, occurred_on date, creditor_siren char(9),
                                                 invoice_id uuid, publication_id uuid, amount_cents bigint, payload jsonb)`,
      [JSON.stringify(events.map(toScoreEventValues))],
    );
    await manager.query(MARK_STALE_SQL, [events.map((event) => event.companySiren), events.map((event) => event.date)]);
    await this.scheduler.afterCommit(manager, events.map((event) => event.companySiren));
  }
}
