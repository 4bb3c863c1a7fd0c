/**
 * At most `limit` units of work at once, the others wait their turn in order: bounds the provider
 * calls one worker has in flight, and the messages it holds claimed, across all the batches it is
 * sending. A task holds `weight` units (1 by default; never more than the whole limit, so a task
 * heavier than the limit still runs, alone).
 */
export class ConcurrencyLimit {
  private available: number;
  private readonly waiting: { weight: number; start: () => void }[] = [];

  constructor(private readonly limit: number) {
    this.available = limit;
  }

  async run<T>(task: () => Promise<T>, weight = 1): Promise<T> {
    const held = Math.min(weight, this.limit);
    // In order: a heavy task first in line is not overtaken by lighter ones forever.
    if (this.waiting.length > 0 || held > this.available) await new Promise<void>((start) => this.waiting.push({ weight: held, start }));
    else this.available -= held;
    try {
      return await task();
    } finally {
      this.available += held;
      this.startWaiting();
    }
  }

  private startWaiting(): void {
    while (this.waiting.length > 0 && this.waiting[0]!.weight <= this.available) {
      const next = this.waiting.shift()!;
      this.available -= next.weight;
      next.start();
    }
  }
}
