import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import { AppConfig } from '../config/env.variables.js';
import { REDIS } from '../redis/redis.module.js';
import { SESSION_COOKIE } from '../modules/auth/session.service.js';

const WINDOW_SECONDS = 60;

/**
 * Caps anonymous GraphQL traffic (public search and profiles) per client address and minute,
 * counted in Redis so the cap holds across API processes. Logged-in users are not capped here.
 */
@Injectable()
export class PublicRateLimitMiddleware implements NestMiddleware {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const limit = this.config.publicRateLimitPerMinute;
    const cookies = req.cookies as Record<string, unknown> | undefined;
    if (limit === 0 || typeof cookies?.[SESSION_COOKIE] === 'string') return next();

    const window = Math.floor(Date.now() / 1000 / WINDOW_SECONDS);
    const key = `${this.config.queuePrefix}:public-rate:${req.ip ?? 'unknown'}:${window}`;
    let count: number;
    try {
      const [[, incremented]] = (await this.redis.multi().incr(key).expire(key, WINDOW_SECONDS * 2).exec()) as [[Error | null, number]];
      count = incremented;
    } catch {
      // Redis down: serve rather than refuse every visitor; /health reports the outage.
      return next();
    }
    if (count <= limit) return next();

    const retryAfter = WINDOW_SECONDS - (Math.floor(Date.now() / 1000) % WINDOW_SECONDS);
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
