import type { Queue } from 'bull';

/**
 * Registers the handler of a periodic job and, when `schedule` holds, its bull repeatable entry
 * (one per repeat id across workers, so several workers never double the schedule). The hourly
 * housekeeping jobs and the notice outbox drain share this; tests leave `schedule` off and call
 * the handler themselves, since they share one database.
 */
export async function startRepeatableJob(
  queue: Queue,
  job: { name: string; repeatId: string; everyMs: number; schedule: boolean },
  handler: () => Promise<unknown>,
): Promise<void> {
  void queue.process(job.name, 1, () => handler());
  if (job.schedule) {
    await queue.add(job.name, {}, { repeat: { every: job.everyMs }, jobId: job.repeatId, attempts: 1, removeOnComplete: true, removeOnFail: true });
  }
}
