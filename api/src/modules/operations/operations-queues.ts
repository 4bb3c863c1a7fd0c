import { BullModule, getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { QUEUE } from '../../common/queue-names.js';

/** Every queue, registered in the API for inspection only (no processor runs here). */
export const ALL_QUEUE_NAMES: readonly string[] = Object.values(QUEUE);

export const OPERATIONS_QUEUES = BullModule.registerQueue(...ALL_QUEUE_NAMES.map((name) => ({ name })));

export const ALL_QUEUES = Symbol('ALL_QUEUES');

export const ALL_QUEUES_PROVIDER = {
  provide: ALL_QUEUES,
  inject: ALL_QUEUE_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]): Queue[] => queues,
};
