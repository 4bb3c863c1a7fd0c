import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { JobRunner } from '../../../observability/logging/job-runner.js';
import { RefreshScoreJobData } from '../score-refresh.scheduler.js';
import { RefreshOutcome, ScoreRefreshService } from '../score-refresh.service.js';

@Processor(QUEUE.scoreRefresh)
export class ScoreRefreshProcessor {
  constructor(
    private readonly refresher: ScoreRefreshService,
    private readonly jobs: JobRunner,
  ) {}

  /** BUSY (another refresher holds the company) is not an error: the queue row stays for the sweeper. */
  @Process({ name: JOB.refreshScore, concurrency: 4 })
  refresh(job: Job<RefreshScoreJobData>): Promise<RefreshOutcome> {
    return this.jobs.run(job, () => this.refresher.refresh(job.data.siren));
  }

  @Process(JOB.sweepScoreRefresh)
  sweep(job: Job): Promise<number> {
    return this.jobs.run(job, () => this.refresher.sweep());
  }

  /** Marks only; the sweeper then refreshes them in batches. */
  @Process(JOB.markOverdueScoresStale)
  markOverdueStale(job: Job): Promise<number> {
    return this.jobs.run(job, () => this.refresher.markOverdueStale());
  }
}
