import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { parisDate } from '../../invoices/domain/calendar-date.js';
import { recordInvoiceEvent } from '../../invoices/invoice-events.js';
import { addressToSettlers } from '../../notifications/creditor-settlers.js';
import { NotificationOutbox } from '../../notifications/notification-outbox.js';
import { returnedRows } from '../../reminders/message-rows.js';
import { instalmentMissedNotice, requestsPageUrl } from '../domain/creditor-notices.js';
import { INSTALMENT_GRACE_DAYS, missedIfDueOnOrBefore } from '../domain/instalments.js';

interface MissedRow {
  plan_id: string;
  instalment_index: number;
  due_date: string;
  amount_cents: string;
  count: number;
  invoice_id: string;
  creditor_siren: string;
  invoice_number: string;
  currency: string;
  invoice_amount_cents: string;
  debtor_name: string;
}

const BATCH = 200;

/**
 * Flags the instalments of accepted plans that were not confirmed paid within their grace days
 * (domain/instalments.ts), on open invoices: each once, with, in the same transaction, the timeline
 * event INSTALMENT_MISSED and a notice to the creditor's members who may settle invoices. The
 * conditional UPDATE (missed_at still null, rows SKIP LOCKED) is what makes it once, however many
 * workers run it. Nothing else changes: the reminders of the instalments ahead go on.
 */
@Injectable()
export class MissedInstalmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One pass; returns how many instalments it flagged. */
  async flagMissed(): Promise<number> {
    let flagged = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((manager) => this.flagBatch(manager));
      flagged += batch;
      if (batch < BATCH) return flagged;
    }
  }

  private async flagBatch(manager: EntityManager): Promise<number> {
    const now = this.clock.now();
    const rows = returnedRows<MissedRow>(
      await manager.query(
        `WITH due AS (
           SELECT pi.plan_id, pi.instalment_index
             FROM payment_plan_instalments pi
             JOIN payment_plans p ON p.id = pi.plan_id
             JOIN invoices i ON i.id = p.invoice_id
            WHERE pi.paid_on IS NULL AND pi.missed_at IS NULL AND pi.due_date <= $1::date AND p.status = 'ACCEPTED' AND i.status = 'OPEN'
            ORDER BY pi.due_date, pi.plan_id, pi.instalment_index
            LIMIT ${BATCH}
              FOR UPDATE OF pi SKIP LOCKED)
         UPDATE payment_plan_instalments pi SET missed_at = $2
           FROM due, payment_plans p, invoices i, companies d
          WHERE pi.plan_id = due.plan_id AND pi.instalment_index = due.instalment_index
            AND p.id = pi.plan_id AND i.id = p.invoice_id AND d.siren = i.debtor_siren
         RETURNING pi.plan_id, pi.instalment_index, pi.due_date::text AS due_date, pi.amount_cents::text AS amount_cents,
                   jsonb_array_length(p.instalments) AS count, p.invoice_id, p.creditor_siren, i.number AS invoice_number,
                   i.currency, i.amount_cents::text AS invoice_amount_cents, d.name AS debtor_name`,
        [missedIfDueOnOrBefore(parisDate(now)), now],
      ),
    );
    for (const row of rows) await this.record(manager, row, now);
    return rows.length;
  }

  private async record(manager: EntityManager, row: MissedRow, now: Date): Promise<void> {
    const instalment = { number: row.instalment_index + 1, count: Number(row.count), dueDate: row.due_date, amountCents: Number(row.amount_cents) };
    await recordInvoiceEvent(manager, {
      invoiceId: row.invoice_id,
      kind: 'INSTALMENT_MISSED',
      actor: 'SYSTEM',
      actorUserId: null,
      details: { planId: row.plan_id, ...instalment, graceDays: INSTALMENT_GRACE_DAYS },
      at: now,
    });
    const text = instalmentMissedNotice(
      { number: row.invoice_number, amountCents: Number(row.invoice_amount_cents), currency: row.currency, debtorName: row.debtor_name },
      instalment,
      requestsPageUrl(this.config.publicWebUrl),
    );
    await this.outbox.enqueue(
      manager,
      await addressToSettlers(manager, row.creditor_siren, { kind: 'PAYMENT_PLAN_INSTALMENT_MISSED', ...text, subjectType: 'PAYMENT_PLAN', subjectId: `${row.plan_id}:${instalment.number}` }),
    );
  }
}
