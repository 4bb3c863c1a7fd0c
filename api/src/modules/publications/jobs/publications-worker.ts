import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { JOB, QUEUE } from '../../../common/queue-names.js';
import { startRepeatableJob } from '../../../common/repeatable-job.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { SettledPublicationsService } from './settled-publications.service.js';

const REPEAT_ID = 'hide-settled-publications';
const EVERY_MS = 60 * 60 * 1_000;

/** Hourly housekeeping of publications; not under NODE_ENV=test (shared database, tests call it). */
@Injectable()
export class PublicationsWorker implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE.publicationHousekeeping) private readonly queue: Queue,
    private readonly settled: SettledPublicationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await startRepeatableJob(
      this.queue,
      { name: JOB.hideSettledPublications, repeatId: REPEAT_ID, everyMs: EVERY_MS, schedule: this.config.nodeEnv !== 'test' },
      () => this.settled.hideSettled(),
    );
  }
}
