import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { ALL_QUEUES } from './operations-queues.js';

/** Scrapes are cheap for the database: several replicas and scrapers share one reading for this long. */
const CACHE_MS = 10_000;

/**
 * Facts about the whole deployment, read from PostgreSQL and Redis at scrape time: they are the
 * same whichever API replica answers (aggregate them with max(), not sum()).
 */
@Injectable()
export class ClusterMetrics {
  readonly registry = new Registry();
  private readonly queueJobs = this.gauge('bonpayeur_queue_jobs', 'Bull jobs by queue and state.', ['queue', 'state']);
  private readonly oldestDue = this.gauge(
    'bonpayeur_reminder_oldest_due_seconds',
    'Age of the oldest reminder message due and not yet sent (SCHEDULED or QUEUED); 0 when none.',
    [],
  );
  private readonly messages = this.gauge(
    'bonpayeur_reminder_messages',
    'Reminder messages ever sent, delivered and failed, by provider and channel (monotonic: use increase()).',
    ['provider', 'channel', 'outcome'],
  );
  private readonly tokens = this.gauge(
    'bonpayeur_tokens',
    'Tokens moved by ledger reason since the start (INVOICE_PROCESSING = spent, PACK_PURCHASE = bought; monotonic).',
    ['reason'],
  );
  private readonly scoreLag = this.gauge(
    'bonpayeur_score_refresh_lag_seconds',
    'Age of the oldest company score waiting to be recomputed; 0 when none.',
    [],
  );
  private readonly scorePending = this.gauge('bonpayeur_score_refresh_pending', 'Company scores waiting to be recomputed.', []);
  /** Clock time of the last reading (the clock port: a test moving it gets a fresh reading). */
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ALL_QUEUES) private readonly queues: Queue[],
    private readonly clock: Clock,
  ) {}

  async metrics(): Promise<string> {
    const now = this.clock.now().getTime();
    if (Math.abs(now - this.readAt) > CACHE_MS) {
      await Promise.all([this.readQueues(), this.readDatabase()]);
      this.readAt = now;
    }
    return this.registry.metrics();
  }

  private async readQueues(): Promise<void> {
    for (const queue of this.queues) {
      const counts = await queue.getJobCounts();
      for (const [state, count] of Object.entries(counts)) this.queueJobs.set({ queue: queue.name, state }, count);
    }
  }

  private async readDatabase(): Promise<void> {
    const now = this.clock.now();
    const [due]: { oldest: Date | null }[] = await this.dataSource.query(
      // One read per status, each through its own index (reminder_messages_due_idx, _queued_at_idx).
      `SELECT least((SELECT min(scheduled_at) FROM reminder_messages WHERE status = 'SCHEDULED' AND scheduled_at <= $1),
                    (SELECT min(scheduled_at) FROM reminder_messages WHERE status = 'QUEUED' AND scheduled_at <= $1)) AS oldest`,
      [now],
    );
    this.oldestDue.set(ageSeconds(now, due?.oldest ?? null));

    const outcomes: { provider: string | null; channel: string; sent: number; delivered: number; failed: number }[] = await this.dataSource.query(
      `SELECT provider, channel,
              count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent,
              count(*) FILTER (WHERE status = 'DELIVERED')::int AS delivered,
              count(*) FILTER (WHERE status = 'FAILED')::int AS failed
         FROM reminder_messages
        WHERE status IN ('SENT', 'DELIVERED', 'FAILED', 'UNKNOWN')
        GROUP BY provider, channel`,
    );
    this.messages.reset();
    for (const row of outcomes) {
      const labels = { provider: row.provider ?? 'none', channel: row.channel };
      this.messages.set({ ...labels, outcome: 'sent' }, row.sent);
      this.messages.set({ ...labels, outcome: 'delivered' }, row.delivered);
      this.messages.set({ ...labels, outcome: 'failed' }, row.failed);
    }

    const moves: { reason: string; tokens: number }[] = await this.dataSource.query(
      `SELECT reason, sum(abs(delta))::bigint::float8 AS tokens FROM token_ledger_entries GROUP BY reason`,
    );
    this.tokens.reset();
    for (const row of moves) this.tokens.set({ reason: row.reason }, row.tokens);

    const [scores]: { oldest: Date | null; pending: number }[] = await this.dataSource.query(
      `SELECT min(marked_at) AS oldest, count(*)::int AS pending FROM score_refresh_queue`,
    );
    this.scoreLag.set(ageSeconds(now, scores?.oldest ?? null));
    this.scorePending.set(scores?.pending ?? 0);
  }

  private gauge<L extends string>(name: string, help: string, labelNames: L[]): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}

function ageSeconds(now: Date, since: Date | null): number {
  return since ? Math.max(0, (now.getTime() - new Date(since).getTime()) / 1000) : 0;
}
