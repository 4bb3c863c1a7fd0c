import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';

export const SWEEP_EVERY_MS = 10_000;
/** 00:05 in Paris, just after the day changed (an open invoice is one day later). */
export const OVERDUE_CRON = '5 0 * * *';

const REPEATABLE: JobOptions = { attempts: 1, removeOnComplete: true, removeOnFail: true };

/**
 * Registers the repeatable jobs when a worker starts (idempotent: same name, repeat and jobId).
 * If Redis is wiped, the next worker start registers them again, and the queue table still holds
 * every company waiting for a refresh.
 * Not in tests: test files share one database, and a sweeper on one file's worker would refresh
 * the other files' companies at its own clock; tests call the sweep and the daily job themselves.
 */
@Injectable()
export class ScoreSchedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE.scoreRefresh) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv === 'test') return;
    await this.queue.add(JOB.sweepScoreRefresh, {}, { ...REPEATABLE, jobId: 'score-sweep', repeat: { every: SWEEP_EVERY_MS } });
    await this.queue.add(JOB.markOverdueScoresStale, {}, { ...REPEATABLE, jobId: 'score-overdue-daily', repeat: { cron: OVERDUE_CRON, tz: 'Europe/Paris' } });
  }
}
