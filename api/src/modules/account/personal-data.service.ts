import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { AccountException, AccountExceptionCode } from './account.exception.js';
import { EXPORT_SECTIONS, sectionQuery } from './domain/export-sections.js';

/**
 * A user's rights over their own data: a JSON export of every row that names them, and deletion of
 * the account. Deletion removes the person (account, sessions, memberships, claims, invitations and
 * notifications addressed to them); what companies and accounting law need — invoices, the token
 * ledger, reminder runs, publications, the audit log — stays, with its "who" column set to null by
 * the foreign keys (ON DELETE SET NULL).
 */
@Injectable()
export class PersonalDataService {
  private readonly logger = new Logger(PersonalDataService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor): Promise<Record<string, unknown>> {
    const [account]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, email, full_name AS "fullName", platform_roles AS "platformRoles", created_at AS "createdAt" FROM users WHERE id = $1`,
      [actor.userId],
    );
    const data: Record<string, unknown> = { exportedAt: this.clock.now().toISOString(), account };
    for (const section of EXPORT_SECTIONS) {
      const [result]: { rows: unknown[] }[] = await this.dataSource.query(sectionQuery(section), [actor.userId, actor.email]);
      data[section.name] = result?.rows ?? [];
    }
    return data;
  }

  async deleteAccount(actor: Actor, password: string): Promise<void> {
    const [user]: { password_hash: string }[] = await this.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [actor.userId]);
    if (!user || !(await this.hasher.verify(user.password_hash, password.slice(0, 1_000)))) {
      throw new AccountException(AccountExceptionCode.WRONG_PASSWORD, 'Mot de passe incorrect : le compte n’a pas été supprimé.');
    }
    await this.dataSource.transaction(async (manager) => {
      const memberships: { company_siren: string; role: string }[] = await manager.query(
        `SELECT company_siren, role FROM memberships WHERE user_id = $1 ORDER BY company_siren`,
        [actor.userId],
      );
      await manager.query(`DELETE FROM invitations WHERE email = $1`, [actor.email]);
      await manager.query(`DELETE FROM notification_emails WHERE to_address = $1`, [actor.email]);
      // The entry names no one: the account id is meaningless once deleted, the e-mail is gone.
      await this.audit.record(manager, {
        actor: { kind: 'SYSTEM', label: 'suppression de compte demandée par la personne' },
        action: 'ACCOUNT_DELETED',
        subjectType: 'USER',
        subjectId: actor.userId,
        details: { companies: memberships.map((row) => ({ siren: row.company_siren, role: row.role })) },
      });
      // Cascades: sessions, memberships, company claims. Sets null: every "created/decided by".
      await manager.query(`DELETE FROM users WHERE id = $1`, [actor.userId]);
    });
    this.logger.log({ userId: actor.userId }, 'account deleted at its owner’s request');
  }
}
