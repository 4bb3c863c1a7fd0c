import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { readSessionCookie } from '../modules/auth/guards/auth.guard.js';
import { SessionService } from '../modules/auth/session.service.js';
import { AuthenticatedRequest } from './graphql-context.js';
import { PublicRateLimiter } from './public-rate-limiter.js';

/**
 * Caps anonymous GraphQL traffic (public search and profiles) per client address and minute
 * (PublicRateLimiter). Requests with a valid session are not capped here (a made-up cookie does
 * not count); the resolved actor is kept for AuthGuard.
 */
@Injectable()
export class PublicRateLimitMiddleware implements NestMiddleware {
  constructor(
    private readonly limiter: PublicRateLimiter,
    private readonly sessions: SessionService,
  ) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    if (!this.limiter.enabled) return next();
    const token = readSessionCookie(req.cookies);
    if (token) {
      req.actor = (await this.sessions.resolve(token).catch(() => null)) ?? undefined;
      if (req.actor) return next();
    }
    const verdict = await this.limiter.verdict(req);
    if (verdict.allowed) return next();

    const retryAfter = verdict.retryAfterSeconds;
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
