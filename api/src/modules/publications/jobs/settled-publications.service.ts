import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { AuditLogService } from '../../audit/audit-log.service.js';
import { returnedRows } from '../../reminders/message-rows.js';

/** Hidden this long after payment, so with an hourly job a settled publication leaves well within 48 h. */
export const HIDE_SETTLED_AFTER_HOURS = 24;

/**
 * Takes settled publications off the public page (issue 6: gone within 48 hours of payment). The
 * public query also stops showing them at 48 hours, so a stalled worker never keeps one up longer;
 * this job makes it a recorded fact (hidden_at, audit log). The score effect is untouched.
 */
@Injectable()
export class SettledPublicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  async hideSettled(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const hidden = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE publications SET hidden_at = $1, updated_at = $1
            WHERE status = 'SETTLED' AND hidden_at IS NULL AND settled_at <= $1::timestamptz - interval '${HIDE_SETTLED_AFTER_HOURS} hours'
            RETURNING id`,
          [now],
        ),
      );
      for (const { id } of hidden) {
        await this.audit.record(manager, { actor: { kind: 'SYSTEM', label: 'publication réglée' }, action: 'PUBLICATION_HIDDEN', subjectType: 'PUBLICATION', subjectId: id, details: { reason: 'SETTLED' } });
      }
      return hidden.length;
    });
  }
}
