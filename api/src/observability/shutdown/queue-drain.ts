import { getQueueToken } from '@nestjs/bull';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { QUEUE } from '../../common/queue-names.js';

/**
 * The worker's first shutdown step: stop fetching jobs at once (a local pause, the queues stay
 * running for the other workers), without waiting here for the jobs in flight: bull's close() does
 * that later, before the pools close. Without it a worker kept taking new jobs until its queues closed.
 */
@Injectable()
export class QueueDrain implements BeforeApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues().map((queue) => queue.pause(true, true)));
  }

  private queues(): Queue[] {
    const found: Queue[] = [];
    for (const name of Object.values(QUEUE)) {
      try {
        found.push(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
      } catch {
        // Not registered in this process.
      }
    }
    return found;
  }
}
