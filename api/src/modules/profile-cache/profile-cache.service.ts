import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import type { CachedResponse, ReplayableRequest } from './domain/cached-response.js';
import { RESPONSE_KEY_PREFIX } from './domain/cacheable-operation.js';
import { parseChangePayload, TaggedCache } from './domain/tagged-cache.js';
import { PROFILE_CHANGE_CHANNEL } from './profile-change-channel.js';

export { PROFILE_CHANGE_CHANNEL };
const MAX_ENTRIES = 100_000;
const RECONNECT_MS = 1_000;

/** An answer as stored: what was sent, and the request that produced it (to produce it again). */
interface StoredResponse {
  response: CachedResponse;
  request: ReplayableRequest;
}

/** Executes a request again, as an anonymous visitor would; null when the answer is not one to store. */
export type ResponseRefresher = (request: ReplayableRequest) => Promise<{ response: CachedResponse; sirens: Iterable<string> } | null>;

/**
 * The public company profile (company, score, stats, recommendations) read by anonymous visitors
 * is the hottest read of the product and changes rarely. Its pieces are cached in this process
 * and evicted when PostgreSQL says a company changed: triggers on companies, company_scores,
 * invoices and recommendations NOTIFY the SIRENs their statements touched, at commit, whatever
 * process or job wrote them. So a score event, once materialised, shows at once.
 *
 * Only while the LISTEN connection is up: until it is (and whenever it drops, e.g. PostgreSQL
 * restarting) every read goes to the database and the cache is emptied, since signals sent
 * meanwhile are lost. Entries also expire after PROFILE_CACHE_SECONDS as a safety net. The
 * signal arrives a moment after the commit: an anonymous visitor may see a change a few
 * milliseconds late, never a change that was rolled back, never a stale value once signalled.
 * Signed-in requests never use it (callers check), so a member always reads their own writes.
 *
 * Whole answers (getResponse) are refreshed ahead of that age limit: an answer served when older
 * than half of it is executed again in the background (at most half the pool at once), its pieces
 * read again from the database. A profile in demand then does not expire on a visitor's request as
 * long as refreshes keep up (one per hot profile per half-limit: see PROFILE_CACHE_SECONDS in the
 * README), and nothing older than the limit is ever served.
 */
@Injectable()
export class ProfileCache implements OnApplicationShutdown {
  private readonly logger = new Logger(ProfileCache.name);
  private readonly cache: TaggedCache;
  private listener: pg.Client | null = null;
  private listening = false;
  private started = false;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private refresher: ResponseRefresher | null = null;
  private readonly refreshing = new Set<string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.cache = new TaggedCache(MAX_ENTRIES, config.profileCacheSeconds * 1000);
  }

  get enabled(): boolean {
    return this.config.profileCacheSeconds > 0;
  }

  /**
   * Lets the event loop read what already arrived on the LISTEN connection before the cache is
   * consulted: a change committed just before this request is then evicted first.
   */
  private settle(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * Values for `keys` (one per SIREN), from the cache when it can serve them, the rest from
   * `load` in one call. `tagsOf` names what a loaded value depends on besides its own SIREN.
   */
  async getMany<V>(
    kind: string,
    sirens: readonly string[],
    load: (missing: string[]) => Promise<ReadonlyMap<string, V>>,
    tagsOf: (value: V) => readonly string[] = () => [],
  ): Promise<Map<string, V | undefined>> {
    this.start();
    if (!this.listening) return new Map(await load([...sirens]));
    await this.settle();
    const now = this.now();
    const found = new Map<string, V | undefined>();
    const missing: string[] = [];
    for (const siren of sirens) {
      const hit = this.cache.get<{ value: V | undefined }>(`${kind}:${siren}`, now);
      if (hit) found.set(siren, hit.value);
      else missing.push(siren);
    }
    if (missing.length === 0) return found;
    // A signal received while loading may concern what is being read: then nothing is stored.
    const generation = this.generation;
    const loaded = await load(missing);
    const store = this.listening && this.generation === generation;
    for (const siren of missing) {
      const value = loaded.get(siren);
      found.set(siren, value);
      if (store) {
        this.cache.set(`${kind}:${siren}`, { value }, [siren, ...(value === undefined ? [] : tagsOf(value))], now);
      }
    }
    return found;
  }

  /** The current signal count: read it before executing what may be stored with storeResponse. */
  get signalCount(): number {
    this.start();
    return this.generation;
  }

  /** A whole cached GraphQL answer, for an anonymous request identical to a previous one. */
  async getResponse(key: string): Promise<CachedResponse | undefined> {
    this.start();
    if (!this.listening) return undefined;
    await this.settle();
    const now = this.now();
    const found = this.cache.entry<StoredResponse>(key, now);
    if (!found) return undefined;
    if (now - found.storedAt >= (this.config.profileCacheSeconds * 1000) / 2) this.refreshAhead(key, found.tags, found.value.request);
    return found.value.response;
  }

  /** Stores an answer unless a signal arrived since `signalCountBefore` (it may have been computed from older data). */
  storeResponse(key: string, response: CachedResponse, request: ReplayableRequest, sirens: Iterable<string>, signalCountBefore: number): void {
    if (!this.listening || this.generation !== signalCountBefore) return;
    const stored: StoredResponse = { response, request };
    this.cache.set(key, stored, [...sirens], this.now());
  }

  /** How answers are executed again ahead of their age limit (ProfileResponseRefresher); none: they just expire. */
  setRefresher(refresher: ResponseRefresher): void {
    this.refresher = refresher;
  }

  private refreshAhead(key: string, tags: readonly string[], request: ReplayableRequest): void {
    const refresher = this.refresher;
    // At most half the database pool, so that requests being served always find connections.
    if (!refresher || this.refreshing.has(key) || this.refreshing.size >= Math.max(1, Math.floor(this.config.databasePoolSize / 2))) return;
    this.refreshing.add(key);
    const signalsBefore = this.generation;
    // The pieces it was built from may be as old as the answer: read them again, so that the
    // refreshed answer is as fresh as its new age says (the answer itself stays servable meanwhile).
    this.cache.evictTags(tags, (cached) => !cached.startsWith(RESPONSE_KEY_PREFIX));
    refresher(request)
      .then((fresh) => {
        if (fresh) this.storeResponse(key, fresh.response, request, fresh.sirens, signalsBefore);
      })
      .catch((error: unknown) => this.logger.warn(`Profile refresh failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.refreshing.delete(key));
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  async get<V>(kind: string, siren: string, load: () => Promise<V>, tagsOf: (value: V) => readonly string[] = () => []): Promise<V> {
    const map = await this.getMany<V>(kind, [siren], async () => new Map([[siren, await load()]]), tagsOf);
    return map.get(siren) as V;
  }

  /** Counts signals and reconnections, so a load that overlapped one does not store what it read. */
  private generation = 0;

  private start(): void {
    if (this.started || !this.enabled) return;
    this.started = true;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.config.databaseUrl, application_name: 'bonpayeur-profile-cache' });
    const lost = (reason: string): void => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      this.cache.clear();
      this.generation += 1;
      client.removeAllListeners();
      client.end().catch(() => undefined);
      if (!this.closed) {
        this.logger.warn(`Profile cache off until PostgreSQL is back (${reason})`);
        this.reconnectTimer = setTimeout(() => void this.connect(), RECONNECT_MS);
      }
    };
    this.listener = client;
    client.on('error', (error: Error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    client.on('notification', (message) => {
      if (message.channel !== PROFILE_CHANGE_CHANNEL) return;
      this.generation += 1;
      const change = parseChangePayload(message.payload);
      if (change.all) this.cache.clear();
      else this.cache.evictTags(change.sirens);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PROFILE_CHANGE_CHANNEL}`);
      if (this.listener !== client) return;
      // Whatever was cached before this connection may have missed signals.
      this.cache.clear();
      this.generation += 1;
      this.listening = true;
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.listener;
    this.listener = null;
    this.listening = false;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
