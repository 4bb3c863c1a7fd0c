import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobOptions, Queue } from 'bull';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { JOB, QUEUE } from '../../common/queue-names.js';

export interface RefreshScoreJobData {
  siren: string;
}

/** Failed jobs are not kept: the queue row stays and the sweeper retries, and a kept job would block its jobId. */
export const REFRESH_JOB_OPTIONS: JobOptions = { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: true, removeOnFail: true };

/** Past this many companies in one commit (a big import), the sweeper does the work instead of one job each. */
const MAX_JOBS_PER_COMMIT = 500;
/** The commit is already done: waiting longer for Redis would only delay the response. */
const ENQUEUE_TIMEOUT_MS = 1_000;

/**
 * Adds the `refresh-score` jobs of a transaction once it has committed (a job that ran before the
 * commit would read the old events). PostgreSQL's score_refresh_queue is the source of truth: if
 * Redis is down or wiped, or the siren's job is already running (same jobId: the add is a no-op),
 * the sweeper finds the row. Hooks TypeORM's transaction events through a subscriber.
 */
@Injectable()
export class ScoreRefreshScheduler implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger(ScoreRefreshScheduler.name);
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.scoreRefresh) private readonly queue: Queue<RefreshScoreJobData>,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Within a transaction: after it commits; outside one: now. */
  async afterCommit(manager: EntityManager, sirens: Iterable<string>): Promise<void> {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      const set = this.pending.get(runner) ?? new Set<string>();
      for (const siren of sirens) set.add(siren);
      this.pending.set(runner, set);
      return;
    }
    await this.enqueue(new Set(sirens));
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // A released savepoint also "commits": wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive) return;
    const sirens = this.pending.get(event.queryRunner);
    if (!sirens) return;
    this.pending.delete(event.queryRunner);
    await this.enqueue(sirens);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /** Never throws: the queue rows are committed, so a lost job only delays the refresh until the next sweep. */
  async enqueue(sirens: ReadonlySet<string>): Promise<void> {
    if (sirens.size === 0 || sirens.size > MAX_JOBS_PER_COMMIT) return;
    const jobs = [...sirens].map((siren) => ({ name: JOB.refreshScore, data: { siren }, opts: { ...REFRESH_JOB_OPTIONS, jobId: siren } }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.queue.addBulk(jobs), timeout]);
    } catch (error) {
      this.logger.warn(`Score refresh of ${sirens.size} companies left to the sweeper: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
