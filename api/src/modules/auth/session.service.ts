import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { Actor } from './domain/actor.js';
import { MemberRole, PlatformRole } from './domain/roles.js';

export const SESSION_COOKIE = 'bp_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface ActorRow {
  session_id: string;
  user_id: string;
  email: string;
  platform_roles: PlatformRole[];
  active_company_siren: string | null;
  role: MemberRole | null;
  suspended: boolean;
}

/** Sessions live in PostgreSQL so any API process can serve any request. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Opens a session and returns the raw token for the cookie (never stored). */
  async open(userId: string, activeCompanySiren: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlDays * 86_400_000);
    await this.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, active_company_siren, expires_at) VALUES ($1, $2, $3, $4)`,
      [hashToken(token), userId, activeCompanySiren, expiresAt],
    );
    return { token, expiresAt };
  }

  async close(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
  }

  /** The actor behind a cookie token, or null when absent, unknown or expired. */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.email, u.platform_roles, s.active_company_siren, m.role,
              (cs.company_siren IS NOT NULL) AS suspended
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN memberships m ON m.user_id = s.user_id AND m.company_siren = s.active_company_siren
         LEFT JOIN creditor_suspensions cs ON cs.company_siren = s.active_company_siren
        WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [hashToken(token), this.clock.now()],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.user_id,
      sessionId: row.session_id,
      email: row.email,
      platformRoles: row.platform_roles,
      activeCompany: row.active_company_siren && row.role ? { siren: row.active_company_siren, role: row.role, suspended: row.suspended } : null,
    };
  }

  async setActiveCompany(sessionId: string, siren: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET active_company_siren = $2 WHERE id = $1`, [sessionId, siren]);
  }

  cookieOptions(expiresAt: Date): { httpOnly: true; sameSite: 'lax'; secure: boolean; path: string; expires: Date } {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.nodeEnv === 'production', path: '/', expires: expiresAt };
  }
}
