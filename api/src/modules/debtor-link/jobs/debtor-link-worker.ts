import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { JOB, QUEUE } from '../../../common/queue-names.js';
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
    void this.queue.process(JOB.flagMissedInstalments, 1, () => this.missed.flagMissed());
    if (this.config.nodeEnv !== 'test') {
      await this.queue.add(JOB.flagMissedInstalments, {}, { repeat: { every: EVERY_MS }, jobId: REPEAT_ID, attempts: 1, removeOnComplete: true, removeOnFail: true });
    }
  }
}
