import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, pageSize, toPage } from '../../common/pagination.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { auditActorOf } from '../audit/domain/audit-entry.js';
import { Actor } from '../auth/domain/actor.js';
import { AdminException, AdminExceptionCode } from './admin.exception.js';
import { escapeLike, requireReason, requireSearch } from './domain/admin-rules.js';
import { AdminCompanyConnection, AdminCompanyObject, CreditorSuspensionInput } from './dtos/admin.dto.js';

interface CompanyRow {
  siren: string;
  name: string;
  member_count: number;
  wallet_balance: number | null;
  suspended_at: Date | null;
  suspension_reason: string | null;
}

const COMPANY_COLUMNS = `c.siren, c.name,
  (SELECT count(*)::int FROM memberships m WHERE m.company_siren = c.siren) AS member_count,
  (SELECT balance FROM token_wallets w WHERE w.company_siren = c.siren) AS wallet_balance,
  cs.suspended_at, cs.reason AS suspension_reason`;

/** A company with an account: a member or a wallet (the SIRENE stock itself is not listed). */
const HAS_ACCOUNT = `(EXISTS (SELECT 1 FROM memberships m WHERE m.company_siren = c.siren)
  OR EXISTS (SELECT 1 FROM token_wallets w WHERE w.company_siren = c.siren))`;

function toObject(row: CompanyRow): AdminCompanyObject {
  return {
    siren: row.siren,
    name: row.name,
    memberCount: row.member_count,
    walletBalance: row.wallet_balance,
    suspendedAt: row.suspended_at,
    suspensionReason: row.suspension_reason,
  };
}

/** Platform admins: finding customer companies and suspending or reinstating a creditor, audited. */
@Injectable()
export class AdminCompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** By exact SIREN, or by name (contains, case-insensitive) among companies with an account. */
  async find(rawQuery: string, first?: number | null, after?: string | null): Promise<AdminCompanyConnection> {
    const query = requireSearch(rawQuery);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const rows: CompanyRow[] = await this.dataSource.query(
      `SELECT ${COMPANY_COLUMNS} FROM companies c LEFT JOIN creditor_suspensions cs ON cs.company_siren = c.siren
        WHERE (c.siren = $1 OR (c.name ILIKE $2 AND ${HAS_ACCOUNT})) AND ($3::text IS NULL OR c.siren > $3)
        ORDER BY c.siren LIMIT $4`,
      [query.replace(/\s/g, ''), `%${escapeLike(query)}%`, cursor ? String(cursor[0]) : null, limit + 1],
    );
    return toPage(rows, limit, toObject, (row) => [row.siren]);
  }

  async suspend(actor: Actor, input: CreditorSuspensionInput): Promise<AdminCompanyObject> {
    const reason = requireReason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      await this.lockCreditor(manager, input.siren);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO creditor_suspensions (company_siren, reason, suspended_by) VALUES ($1, $2, $3)
         ON CONFLICT (company_siren) DO NOTHING RETURNING 1`,
        [input.siren, reason, actor.userId],
      );
      if (inserted.length === 0) throw new AdminException(AdminExceptionCode.ALREADY_SUSPENDED, 'Cette entreprise est déjà suspendue.');
      await this.audit.record(manager, {
        actor: auditActorOf(actor),
        action: 'CREDITOR_SUSPENDED',
        subjectType: 'COMPANY',
        subjectId: input.siren,
        reason,
      });
      return this.load(manager, input.siren);
    });
  }

  async unsuspend(actor: Actor, input: CreditorSuspensionInput): Promise<AdminCompanyObject> {
    const reason = requireReason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      await this.lockCreditor(manager, input.siren);
      const [removed]: [{ reason: string; suspended_at: Date }[], number] = await manager.query(
        `DELETE FROM creditor_suspensions WHERE company_siren = $1 RETURNING reason, suspended_at`,
        [input.siren],
      );
      const previous = removed[0];
      if (!previous) throw new AdminException(AdminExceptionCode.NOT_SUSPENDED, "Cette entreprise n'est pas suspendue.");
      await this.audit.record(manager, {
        actor: auditActorOf(actor),
        action: 'CREDITOR_UNSUSPENDED',
        subjectType: 'COMPANY',
        subjectId: input.siren,
        reason,
        details: { suspendedAt: previous.suspended_at, suspensionReason: previous.reason },
      });
      return this.load(manager, input.siren);
    });
  }

  /** The company row lock serialises concurrent suspend / unsuspend of one company. */
  private async lockCreditor(manager: EntityManager, siren: string): Promise<void> {
    const rows: { has_account: boolean }[] = /^\d{9}$/.test(siren)
      ? await manager.query(`SELECT ${HAS_ACCOUNT} AS has_account FROM companies c WHERE c.siren = $1 FOR UPDATE`, [siren])
      : [];
    if (!rows[0]) throw new AdminException(AdminExceptionCode.COMPANY_NOT_FOUND, "Cette entreprise n'existe pas.");
    if (!rows[0].has_account) {
      throw new AdminException(AdminExceptionCode.NOT_A_CREDITOR, "Cette entreprise n'a pas de compte créancier sur Bonpayeur.");
    }
  }

  private async load(manager: EntityManager, siren: string): Promise<AdminCompanyObject> {
    const rows: CompanyRow[] = await manager.query(
      `SELECT ${COMPANY_COLUMNS} FROM companies c LEFT JOIN creditor_suspensions cs ON cs.company_siren = c.siren WHERE c.siren = $1`,
      [siren],
    );
    return toObject(rows[0]!);
  }
}
