import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { Clock } from '../../../common/clock.js';
import { PublicRateLimiter } from '../../../graphql/public-rate-limiter.js';
import { FrontRequestLog } from '../../../observability/logging/front-request-log.js';
import { requestIdFor, requestIdOf } from '../../../observability/logging/request-id.js';
import { markArrival, observeHttpRequest } from '../../../observability/metrics/http-metrics.middleware.js';
import { profileCacheHits } from '../../../observability/metrics/process-metrics.js';
import type { JsonBodyParser } from '../../../web/json-body.js';
import { isAnonymous } from '../anonymous.js';
import { cacheDay } from '../domain/cache-day.js';
import type { CachedResponse } from '../domain/cached-response.js';
import { responseCacheKey } from '../domain/cacheable-operation.js';
import { ProfileCache } from '../profile-cache.service.js';
import { learnWire, writeWire, type WireAnswer } from './wire-answer.js';

/** What the request log and the GraphQL metrics call every cacheable operation (its only root field is `company`). */
const PROFILE_OPERATION = 'query company';

/** The chain's own middleware the fast path applies itself: parsers (shared, so a request parsed here is not parsed again) and headers. */
export interface FrontChain {
  cookies: RequestHandler;
  json: JsonBodyParser;
  /** Synchronous: sets the headers every response carries. */
  securityHeaders: RequestHandler;
}

/**
 * Answers a repeated anonymous public-profile query at the front of the HTTP chain, with the stored
 * answer (ProfileCache, evicted by PostgreSQL NOTIFY; stored by responseCachePlugin), instead of
 * walking the rest of the chain and Apollo for a response known in advance.
 *
 * Mounted first. What the skipped middleware does for a request still holds for one answered
 * here: it is timed in the HTTP metrics (from arrival, as httpMetrics would), carries the security
 * headers (the same middleware, applied here), its cookies and body are parsed by the chain's own
 * parsers (a body error is raised at the parser's usual place), the public rate limit counts it
 * (once: the limiter keeps its verdict on the request), it gets a request id and one
 * `request completed` line. CSRF: only JSON bodies reach a stored answer, and only read-only queries
 * are stored. Anything else (signed-in, other paths, misses, refusals) goes on down the chain
 * untouched, its arrival time kept for httpMetrics.
 */
@Injectable()
export class ProfileFastPath {
  private readonly log = new FrontRequestLog(() => PinoLogger.root);
  /** How each stored answer was written the first time, to write it again in one go. */
  private readonly wires = new WeakMap<CachedResponse, WireAnswer>();

  constructor(
    private readonly profiles: ProfileCache,
    private readonly clock: Clock,
    private readonly limiter: PublicRateLimiter,
  ) {}

  middleware(chain: FrontChain): RequestHandler {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.method !== 'POST' || req.url !== '/graphql' || !this.profiles.enabled) return next();
      const arrivedAt = markArrival(req);
      const startedAt = Date.now();
      // cookie-parser is synchronous; it marks the request parsed, so its later copy in the chain skips it.
      // Without a Cookie header there is nothing to parse: the visitor is anonymous.
      if (req.headers.cookie !== undefined) {
        chain.cookies(req, res, () => undefined);
        if (!isAnonymous(req)) return next();
      }
      chain.json.early(req, res, () => {
        this.answer(req, res, chain, startedAt, arrivedAt).then((answered) => {
          if (!answered) next();
        }, next);
      });
    };
  }

  /** Sends the stored answer; false when there is none (or the rate limit refuses: the chain answers 429). */
  private async answer(req: Request, res: Response, chain: FrontChain, startedAt: number, arrivedAt: number): Promise<boolean> {
    if (this.limiter.enabled && !(await this.limiter.verdict(req)).allowed) return false;
    const key = responseCacheKey(req.body, req.headers.accept, cacheDay(this.clock.now()));
    const cached = key === null ? undefined : await this.profiles.getResponse(key);
    if (cached === undefined) return false;

    profileCacheHits.inc();
    let requestId: string;
    const wire = this.wires.get(cached);
    // The chain's headers (securityHeaders) are the same on every response: replaying them is applying them.
    if (wire && res.getHeaderNames().length === 0) {
      requestId = requestIdFor(req);
      writeWire(res, wire, requestId);
    } else {
      // The first time, the full way: the chain's headers, the request id, the stored ones, express's send.
      chain.securityHeaders(req, res, () => undefined);
      requestId = requestIdOf(req, res);
      for (const [name, value] of cached.headers) res.setHeader(name, value);
      res.statusCode = cached.status;
      res.send(cached.body);
      const learnt = learnWire(res, cached.body);
      if (learnt) this.wires.set(cached, learnt);
    }
    // The whole answer is handed to the socket by now (one write): the line pino-http would write at 'finish'.
    this.log.write(req, requestId, startedAt, res.statusCode, { operation: PROFILE_OPERATION, profileCache: 'hit' });
    observeHttpRequest(req.method, req.originalUrl, res.statusCode, arrivedAt);
    return true;
  }
}
