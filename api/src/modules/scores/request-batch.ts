/**
 * A minimal per-request batcher (DataLoader's idea): the `Company.score` of every company in a
 * search page is read with one query instead of one each. Keys requested in the same tick are
 * loaded together; results are cached for the request's lifetime.
 */
export class RequestBatch<V> {
  private readonly cache = new Map<string, Promise<V | undefined>>();
  private queue: { key: string; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly loadMany: (keys: string[]) => Promise<ReadonlyMap<string, V>>) {}

  load(key: string): Promise<V | undefined> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      if (this.queue.length === 0) queueMicrotask(() => process.nextTick(() => void this.dispatch()));
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const values = await this.loadMany([...new Set(batch.map((item) => item.key))]);
      for (const item of batch) item.resolve(values.get(item.key));
    } catch (error) {
      for (const item of batch) {
        this.cache.delete(item.key);
        item.reject(error);
      }
    }
  }
}

const batches = new WeakMap<object, Map<string, RequestBatch<unknown>>>();

/** The batch named `name` of this request (the GraphQL context's `req`), created on first use. */
export function requestBatch<V>(request: object, name: string, loadMany: (keys: string[]) => Promise<ReadonlyMap<string, V>>): RequestBatch<V> {
  let byName = batches.get(request);
  if (!byName) {
    byName = new Map();
    batches.set(request, byName);
  }
  let batch = byName.get(name) as RequestBatch<V> | undefined;
  if (!batch) {
    batch = new RequestBatch(loadMany);
    byName.set(name, batch as RequestBatch<unknown>);
  }
  return batch;
}
