import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { changeRole } from './domain/admin-rules.js';

export interface RoleChange {
  userId: string;
  before: PlatformRole[];
  after: PlatformRole[];
}

/**
 * Grants (or revokes) a platform role by e-mail, outside any session: how the first ADMIN is made
 * (`npm run admin:grant`) and how the demo accounts get theirs. Audited as a system action.
 */
export async function changePlatformRoleByEmail(
  dataSource: DataSource,
  rawEmail: string,
  role: PlatformRole,
  options: { revoke?: boolean; by: string },
): Promise<RoleChange> {
  const email = rawEmail.trim().toLowerCase();
  return dataSource.transaction(async (manager) => {
    const rows: { id: string; platform_roles: PlatformRole[] }[] = await manager.query(
      `SELECT id, platform_roles FROM users WHERE email = $1 FOR UPDATE`,
      [email],
    );
    const user = rows[0];
    if (!user) throw new Error(`No account with the e-mail ${email}: sign up first, then grant the role.`);
    const after = changeRole(user.platform_roles, role, !options.revoke);
    if (after.join() !== user.platform_roles.join()) {
      await manager.query(`UPDATE users SET platform_roles = $2::text[] WHERE id = $1`, [user.id, after]);
      await new AuditLogService(dataSource).record(manager, {
        actor: { kind: 'SYSTEM', label: options.by },
        action: options.revoke ? `${role}_REVOKED` : `${role}_GRANTED`,
        subjectType: 'USER',
        subjectId: user.id,
        details: { before: user.platform_roles, after },
      });
    }
    return { userId: user.id, before: user.platform_roles, after };
  });
}
