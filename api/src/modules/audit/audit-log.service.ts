import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { actorLabelOf, assertWellFormedAuditEntry, AuditEntryInput } from './domain/audit-entry.js';

export interface AuditEntryRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string;
  reason: string | null;
  details: Record<string, unknown>;
}

export interface AuditLogFilter {
  subjectType?: string | null;
  subjectId?: string | null;
  actorUserId?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The append-only audit log. `record` takes the caller's transaction manager so the entry commits
 * or rolls back with the change it describes: no decision without its trace, no trace without it.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
    assertWellFormedAuditEntry(entry);
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_label, action, subject_type, subject_id, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actor.kind === 'USER' ? entry.actor.userId : null,
        actorLabelOf(entry.actor),
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.reason ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Newest first, cursor-paginated by id. */
  async list(filter: AuditLogFilter): Promise<{ rows: AuditEntryRow[]; hasNextPage: boolean; endCursor: string | null }> {
    const limit = pageSize(filter.first);
    const cursor = decodeCursor(filter.after, 1);
    const rows = (await this.dataSource.query(
      `SELECT id::text, occurred_at, actor_user_id, actor_label, action, subject_type, subject_id, reason, details
         FROM audit_log
        WHERE ($1::text IS NULL OR subject_type = $1)
          AND ($2::text IS NULL OR subject_id = $2)
          AND ($3::uuid IS NULL OR actor_user_id = $3)
          AND ($4::bigint IS NULL OR id < $4)
        -- audit_log.id, not the text alias of the select list: as text, '10' sorts before '9'.
        ORDER BY audit_log.id DESC
        LIMIT $5`,
      [filter.subjectType ?? null, filter.subjectId ?? null, filter.actorUserId ?? null, cursor ? String(cursor[0]) : null, limit + 1],
    )) as AuditEntryRow[];
    const hasNextPage = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { rows: page, hasNextPage, endCursor: last ? encodeCursor([last.id]) : null };
  }
}
