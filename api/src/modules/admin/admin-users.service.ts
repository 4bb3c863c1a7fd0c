import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { auditActorOf } from '../audit/domain/audit-entry.js';
import { Actor } from '../auth/domain/actor.js';
import { MemberRole, PlatformRole } from '../auth/domain/roles.js';
import { AdminException, AdminExceptionCode } from './admin.exception.js';
import { changeRole, escapeLike, requireReason, requireSearch } from './domain/admin-rules.js';
import { AdminUserConnection, AdminUserObject, SetModeratorInput } from './dtos/admin.dto.js';

interface UserRow {
  id: string;
  email: string;
  full_name: string;
  platform_roles: PlatformRole[];
  created_at: Date;
  memberships: { siren: string; name: string; role: MemberRole; verified: boolean }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const USER_COLUMNS = `u.id, u.email, u.full_name, u.platform_roles, u.created_at,
  COALESCE((SELECT json_agg(json_build_object('siren', m.company_siren, 'name', c.name, 'role', m.role, 'verified', m.verified_at IS NOT NULL) ORDER BY m.created_at)
              FROM memberships m JOIN companies c ON c.siren = m.company_siren WHERE m.user_id = u.id), '[]') AS memberships`;

function toObject(row: UserRow): AdminUserObject {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    platformRoles: row.platform_roles,
    memberships: row.memberships,
    createdAt: row.created_at,
  };
}

/** Platform admins: finding accounts and granting or revoking MODERATOR, every change audited. */
@Injectable()
export class AdminUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** By e-mail or name (contains, case-insensitive), ordered by e-mail. */
  async find(rawQuery: string, first?: number | null, after?: string | null): Promise<AdminUserConnection> {
    const pattern = `%${escapeLike(requireSearch(rawQuery))}%`;
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM users u
        WHERE (u.email ILIKE $1 OR u.full_name ILIKE $1) AND ($2::text IS NULL OR u.email > $2)
        ORDER BY u.email LIMIT $3`,
      [pattern, cursor ? String(cursor[0]) : null, limit + 1],
    );
    return toPage(rows, limit, toObject, (row) => [row.email]);
  }

  async setModerator(actor: Actor, input: SetModeratorInput): Promise<AdminUserObject> {
    const reason = requireReason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockRoles(manager, input.userId);
      const after = changeRole(before, PlatformRole.MODERATOR, input.granted);
      if (after.join() !== before.join()) {
        await manager.query(`UPDATE users SET platform_roles = $2::text[] WHERE id = $1`, [input.userId, after]);
        await this.audit.record(manager, {
          actor: auditActorOf(actor),
          action: input.granted ? 'MODERATOR_GRANTED' : 'MODERATOR_REVOKED',
          subjectType: 'USER',
          subjectId: input.userId,
          reason,
          details: { before, after },
        });
      }
      const rows: UserRow[] = await manager.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [input.userId]);
      return toObject(rows[0]!);
    });
  }

  private async lockRoles(manager: EntityManager, userId: string): Promise<PlatformRole[]> {
    const rows: { platform_roles: PlatformRole[] }[] = UUID.test(userId)
      ? await manager.query(`SELECT platform_roles FROM users WHERE id = $1 FOR UPDATE`, [userId])
      : [];
    if (!rows[0]) throw new AdminException(AdminExceptionCode.USER_NOT_FOUND, "Ce compte n'existe pas.");
    return rows[0].platform_roles;
  }
}
