import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import { AppConfig } from '../config/env.variables.js';
import { REDIS } from '../redis/redis.module.js';
import { readSessionCookie } from '../modules/auth/guards/auth.guard.js';
import { SessionService } from '../modules/auth/session.service.js';
import { AuthenticatedRequest } from './graphql-context.js';

const WINDOW_SECONDS = 60;

/**
 * Caps anonymous GraphQL traffic (public search and profiles) per client address and minute,
 * counted in Redis so the cap holds across API processes. Requests with a valid session are not
 * capped here (a made-up cookie does not count); the resolved actor is kept for AuthGuard.
 */
@Injectable()
export class PublicRateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
  ) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    const limit = this.config.publicRateLimitPerMinute;
    if (limit === 0) return next();
    const token = readSessionCookie(req.cookies);
    if (token) {
      req.actor = (await this.sessions.resolve(token).catch(() => null)) ?? undefined;
      if (req.actor) return next();
    }

    // The window opens with an address's first request (not on the wall-clock minute), so a
    // burst straddling a minute boundary cannot get twice the cap.
    const key = `${this.config.queuePrefix}:public-rate:${req.ip ?? 'unknown'}`;
    let count: number;
    let ttl: number;
    try {
      const replies = (await this.redis.multi().set(key, 0, 'EX', WINDOW_SECONDS, 'NX').incr(key).ttl(key).exec()) as [
        [Error | null, unknown],
        [Error | null, number],
        [Error | null, number],
      ];
      count = replies[1][1];
      ttl = replies[2][1];
    } catch {
      // Redis down: serve rather than refuse every visitor; /health reports the outage.
      return next();
    }
    if (count <= limit) return next();

    const retryAfter = Math.max(1, ttl);
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json({
      errors: [
        {
          message: `Trop de requêtes. Réessayez dans ${retryAfter} secondes.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
        },
      ],
    });
  }
}
