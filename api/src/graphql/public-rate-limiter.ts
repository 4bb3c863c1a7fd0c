import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import { AppConfig } from '../config/env.variables.js';
import { REDIS } from '../redis/redis.module.js';

const WINDOW_SECONDS = 60;
const VERDICT = Symbol('bonpayeur.publicRateVerdict');

/** Whether an anonymous request may proceed; when not, how long the client should wait. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type WithVerdict = Request & { [VERDICT]?: Promise<RateVerdict> };

/**
 * Counts anonymous GraphQL requests per client address and minute, in Redis so the cap holds across
 * API processes. A request is counted once, whoever asks first: the profile fast path (front of the
 * chain) and PublicRateLimitMiddleware (after it) share the verdict kept on the request.
 */
@Injectable()
export class PublicRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.publicRateLimitPerMinute > 0;
  }

  verdict(req: Request): Promise<RateVerdict> {
    const holder = req as WithVerdict;
    holder[VERDICT] ??= this.count(req.ip);
    return holder[VERDICT];
  }

  private async count(ip: string | undefined): Promise<RateVerdict> {
    const limit = this.config.publicRateLimitPerMinute;
    if (limit === 0) return { allowed: true };
    // The window opens with an address's first request (not on the wall-clock minute), so a
    // burst straddling a minute boundary cannot get twice the cap.
    const key = `${this.config.queuePrefix}:public-rate:${ip ?? 'unknown'}`;
    try {
      const replies = (await this.redis.multi().set(key, 0, 'EX', WINDOW_SECONDS, 'NX').incr(key).ttl(key).exec()) as [
        [Error | null, unknown],
        [Error | null, number],
        [Error | null, number],
      ];
      const count = replies[1][1];
      if (count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, replies[2][1]) };
    } catch {
      // Redis down: serve rather than refuse every visitor; /health reports the outage.
      return { allowed: true };
    }
  }
}
