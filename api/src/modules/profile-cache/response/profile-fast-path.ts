import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { Clock } from '../../../common/clock.js';
import { PublicRateLimiter } from '../../../graphql/public-rate-limiter.js';
import { FrontRequestLog } from '../../../observability/logging/front-request-log.js';
import { requestIdOf } from '../../../observability/logging/request-id.js';
import { profileCacheHits } from '../../../observability/metrics/process-metrics.js';
import type { JsonBodyParser } from '../../../web/json-body.js';
import { isAnonymous } from '../anonymous.js';
import { cacheDay } from '../domain/cache-day.js';
import type { CachedResponse } from '../domain/cached-response.js';
import { responseCacheKey } from '../domain/cacheable-operation.js';
import { ProfileCache } from '../profile-cache.service.js';

/** What the request log and the GraphQL metrics call every cacheable operation (its only root field is `company`). */
const PROFILE_OPERATION = 'query company';

interface Entity {
  length: string;
  etag: string | undefined;
}

/** The chain's own parsers, shared so that a request parsed here is not parsed again further on. */
export interface FrontParsers {
  cookies: RequestHandler;
  json: JsonBodyParser;
}

/**
 * Answers a repeated anonymous public-profile query at the front of the HTTP chain, with the stored
 * answer (ProfileCache, evicted by PostgreSQL NOTIFY; stored by responseCachePlugin), instead of
 * walking the rest of the chain and Apollo for a response known in advance.
 *
 * Mounted after the metrics and security-headers middleware, which every request passes. What the
 * skipped middleware does for a request still holds for one answered here: its cookies and body are
 * parsed by the chain's own parsers (a body error is raised at the parser's usual place), the public
 * rate limit counts it (once: the limiter keeps its verdict on the request), it gets a request id and
 * one `request completed` line. CSRF: only JSON bodies reach a stored answer, and only read-only
 * queries are stored. Anything else (signed-in, other paths, misses, refusals) goes on down the
 * chain untouched.
 */
@Injectable()
export class ProfileFastPath {
  private readonly log = new FrontRequestLog(() => PinoLogger.root);
  private readonly entities = new WeakMap<CachedResponse, Entity>();

  constructor(
    private readonly profiles: ProfileCache,
    private readonly clock: Clock,
    private readonly limiter: PublicRateLimiter,
  ) {}

  middleware(parsers: FrontParsers): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.method !== 'POST' || req.url !== '/graphql' || !this.profiles.enabled) return next();
      const startedAt = Date.now();
      // cookie-parser is synchronous; it marks the request parsed, so its later copy in the chain skips it.
      // Without a Cookie header there is nothing to parse: the visitor is anonymous.
      if (req.headers.cookie !== undefined) {
        parsers.cookies(req, res, () => undefined);
        if (!isAnonymous(req)) return next();
      }
      parsers.json.early(req, res, () => {
        this.answer(req, res, startedAt).then((answered) => {
          if (!answered) next();
        }, next);
      });
    };
  }

  /** Sends the stored answer; false when there is none (or the rate limit refuses: the chain answers 429). */
  private async answer(req: Request, res: Response, startedAt: number): Promise<boolean> {
    if (this.limiter.enabled && !(await this.limiter.verdict(req)).allowed) return false;
    const key = responseCacheKey(req.body, req.headers.accept, cacheDay(this.clock.now()));
    const cached = key === null ? undefined : await this.profiles.getResponse(key);
    if (cached === undefined) return false;

    const requestId = requestIdOf(req, res);
    profileCacheHits.inc();
    for (const [name, value] of cached.headers) res.setHeader(name, value);
    // Where and as express's send writes them for the executed answer; set here, it skips hashing the body again.
    const { length, etag } = this.entityOf(req, cached);
    res.setHeader('Content-Length', length);
    if (etag !== undefined) res.setHeader('ETag', etag);
    res.statusCode = cached.status;
    res.send(cached.body);
    // The whole answer is handed to the socket by now (one write): the line pino-http would write at 'finish'.
    this.log.write(req, requestId, startedAt, res.statusCode, { operation: PROFILE_OPERATION, profileCache: 'hit' });
    return true;
  }

  /** The body's length and ETag (by the application's own `etag fn`, as express's send computes it), once per stored answer. */
  private entityOf(req: Request, cached: CachedResponse): Entity {
    let entity = this.entities.get(cached);
    if (!entity) {
      const etagOf: unknown = req.app.get('etag fn');
      const etag = typeof etagOf === 'function' ? (etagOf as (body: string, encoding: string) => string | undefined)(cached.body, 'utf8') : undefined;
      entity = { length: String(Buffer.byteLength(cached.body, 'utf8')), etag };
      this.entities.set(cached, entity);
    }
    return entity;
  }
}
