/**
 * Groups the calls that concurrent jobs make while a statement is in flight into the next one
 * (group commit): with N sends in flight, one UPDATE … WHERE id = ANY($1) instead of N round trips
 * and N commits. Each caller gets its own item's answer; a failed statement fails every caller in
 * it, and bull retries their jobs. At most `maxInFlight` statements at once per batcher: while
 * they run, new calls gather for the next.
 */
export class StatementBatcher<In, Out> {
  private waiting: { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;

  /** `run` answers one output per input, in the same order. */
  constructor(
    private readonly run: (items: In[]) => Promise<Out[]>,
    private readonly maxBatch = 500,
    private readonly maxInFlight = 2,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.inFlight >= this.maxInFlight || this.waiting.length === 0) return;
    this.inFlight += 1;
    // One macrotask later, so the jobs woken by the same I/O join this statement.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0, this.maxBatch);
    if (batch.length === 0) {
      this.inFlight -= 1;
      return;
    }
    try {
      const outputs = await this.run(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => entry.resolve(outputs[i] as Out));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      this.inFlight -= 1;
      this.kick();
    }
  }
}
