import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Clock } from '../../../common/clock.js';
import { parisDate } from '../../invoices/domain/calendar-date.js';
import { isAnonymous } from '../anonymous.js';
import { responseCacheKey } from '../domain/cacheable-operation.js';
import { ProfileCache } from '../profile-cache.service.js';

/**
 * Answers an anonymous POST /graphql that is byte-for-byte a public-profile query answered before
 * (same text, variables, operation name, same day) with the stored JSON, without running GraphQL.
 * Only JSON bodies (a non-simple content type, so CSRF prevention holds); only what
 * responseCachePlugin stored, i.e. validated operations that succeeded.
 */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  constructor(
    private readonly profiles: ProfileCache,
    private readonly clock: Clock,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.method !== 'POST' || !req.is('application/json') || !isAnonymous(req) || !this.profiles.enabled) return next();
    const key = responseCacheKey((req.body ?? {}) as Record<string, unknown>, parisDate(this.clock.now()));
    const body = key === null ? undefined : await this.profiles.getResponse(key);
    if (body === undefined) return next();
    res.status(200).type('application/json').setHeader('X-Profile-Cache', 'hit');
    res.send(body);
  }
}
