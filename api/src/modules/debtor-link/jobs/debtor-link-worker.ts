import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { startRepeatableJob } from '../../../common/repeatable-job.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { MissedInstalmentsService } from './missed-instalments.service.js';

const REPEAT_ID = 'flag-missed-instalments';
/** Hourly: an instalment is missed days after its due date, so an hour late is nothing. */
const EVERY_MS = 60 * 60 * 1_000;

/** The payment-plan follow-up on a repeatable job; not under NODE_ENV=test (shared database: tests call flagMissed). */
@Injectable()
export class DebtorLinkWorker implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE.paymentPlanFollowUp) private readonly queue: Queue,
    private readonly missed: MissedInstalmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await startRepeatableJob(
      this.queue,
      { name: JOB.flagMissedInstalments, repeatId: REPEAT_ID, everyMs: EVERY_MS, schedule: this.config.nodeEnv !== 'test' },
      () => this.missed.flagMissed(),
    );
  }
}
