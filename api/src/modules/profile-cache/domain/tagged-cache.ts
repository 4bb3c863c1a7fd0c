/**
 * An in-process cache of public reads, each entry tagged with the SIRENs it depends on, so that a
 * change to one company evicts exactly what showed it. Bounded in size (oldest inserted go first)
 * and in age (a safety net: entries older than `ttlMs` are read again even without a signal).
 * Pure: time comes in as an argument.
 */
export class TaggedCache {
  private readonly entries = new Map<string, { value: unknown; at: number; tags: readonly string[] }>();
  private readonly byTag = new Map<string, Set<string>>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, or undefined when absent or too old. */
  get<T>(key: string, now: number): T | undefined {
    return this.entry<T>(key, now)?.value;
  }

  /** The value with when it was stored and its tags, or undefined when absent or too old. */
  entry<T>(key: string, now: number): { value: T; storedAt: number; tags: readonly string[] } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.at > this.ttlMs) {
      this.delete(key);
      return undefined;
    }
    return { value: entry.value as T, storedAt: entry.at, tags: entry.tags };
  }

  set(key: string, value: unknown, tags: readonly string[], now: number): void {
    this.delete(key);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value as string | undefined;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    this.entries.set(key, { value, at: now, tags });
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Evicts every entry tagged with one of `tags` (only those whose key passes `which`, when given). */
  evictTags(tags: Iterable<string>, which: (key: string) => boolean = () => true): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) if (which(key)) this.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
    this.byTag.clear();
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}

/** The notification payload: comma-separated SIRENs, or `*` for "anything may have changed". */
export function parseChangePayload(payload: string | undefined): { all: true } | { all: false; sirens: string[] } {
  if (!payload || payload === '*') return { all: true };
  return { all: false, sirens: payload.split(',').map((s) => s.trim()).filter((s) => s !== '') };
}
