import { Injectable } from '@nestjs/common';
import type { Job } from 'bull';
import { PinoLogger } from 'nestjs-pino';
import { jobDuration } from '../metrics/process-metrics.js';

/**
 * Runs a bull job inside its own logging context (AsyncLocalStorage): every line the job causes,
 * down to the provider adapters, carries `jobId` and `queue`; then one line says how it ended.
 */
@Injectable()
export class JobRunner {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext('Job');
  }

  run<T>(job: Job, work: () => Promise<T>): Promise<T> {
    const queue = job.queue.name;
    const bindings = { jobId: String(job.id), queue, job: job.name };
    return this.logger.runInContext(async () => {
      const stop = jobDuration.startTimer({ queue, job: job.name });
      const started = performance.now();
      const attempt = job.attemptsMade + 1;
      try {
        const result = await work();
        stop({ outcome: 'completed' });
        this.logger.info({ attempt, durationMs: Math.round(performance.now() - started) }, 'job completed');
        return result;
      } catch (error) {
        stop({ outcome: 'failed' });
        this.logger.warn({ attempt, durationMs: Math.round(performance.now() - started), err: error }, 'job failed');
        throw error;
      }
    }, { bindings });
  }
}
