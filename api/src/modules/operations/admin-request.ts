import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { hasPlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { readSessionCookie } from '../auth/guards/auth.guard.js';
import { SessionService } from '../auth/session.service.js';

/** Who may read operator pages outside GraphQL: a platform ADMIN's session, or the metrics token. */
@Injectable()
export class AdminRequest {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async isAdmin(req: Request): Promise<boolean> {
    const actor = await this.sessions.resolve(readSessionCookie(req.cookies));
    return hasPlatformRole(actor, PlatformRole.ADMIN);
  }

  /** `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time; never true when unset. */
  hasMetricsToken(req: Request): boolean {
    return bearerMatches(req.headers.authorization, this.config.operations.metricsToken);
  }
}

export function bearerMatches(header: string | undefined, expected: string): boolean {
  if (!expected || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
