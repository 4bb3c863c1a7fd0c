import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { Channel } from './domain/scenario.js';
import { allowedSlot } from './domain/schedule.js';
import { renderTemplate } from './domain/template.js';
import { PendingApprovalObject } from './dtos/approvals.dto.js';
import { ReminderMessageObject } from './dtos/reminder-run.object.js';
import { loadInvoiceContext } from './invoice-context.js';
import { MessageContextService } from './message-context.service.js';
import { ReminderRunsService } from './reminder-runs.service.js';
import { MESSAGE_COLUMNS, MessageRow, toMessageObject } from './message-rows.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';
const MAX_PENDING = 200;

interface DecisionRow {
  id: string;
  run_id: string;
  invoice_id: string;
  channel: Channel;
  status: string;
  scheduled_at: Date;
  run_status: string;
  run_end_reason: string | null;
  invoice_status: string;
}

/** Messages that wait for a member's approval (AWAITING_APPROVAL) before the dispatcher may see them. */
@Injectable()
export class ApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly messageContext: MessageContextService,
    private readonly runs: ReminderRunsService,
  ) {}

  async pending(creditorSiren: string): Promise<PendingApprovalObject[]> {
    const rows: (MessageRow & { invoice_id: string; template_subject: string; template_body: string; deadline_days: number | null })[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS.split(',').map((column) => `m.${column.trim()}`).join(', ')}, m.invoice_id, m.template_subject, m.template_body, m.deadline_days
         FROM reminder_messages m JOIN reminder_runs r ON r.id = m.run_id
        WHERE m.status = 'AWAITING_APPROVAL' AND r.creditor_siren = $1
        ORDER BY m.scheduled_at, m.id LIMIT ${MAX_PENDING}`,
      [creditorSiren],
    );
    return Promise.all(
      rows.map(async (row) => {
        const invoice = (await loadInvoiceContext(this.dataSource.manager, row.invoice_id))!;
        const context = await this.messageContext.contextFor(invoice, row.scheduled_at, row.deadline_days, row.tone);
        return {
          message: toMessageObject(row),
          invoiceId: row.invoice_id,
          invoiceNumber: invoice.number,
          debtorName: invoice.debtor_name,
          renderedSubject: row.channel === 'EMAIL' ? renderTemplate(row.template_subject, context) : '',
          renderedBody: renderTemplate(row.template_body, context),
        };
      }),
    );
  }

  /**
   * → SCHEDULED at its planned time, or at the next allowed slot when that has passed. The sender may
   * already have completed the run (ALL_SENT) while this message waited: it is reopened.
   */
  async approve(creditorSiren: string, userId: string, messageId: string): Promise<ReminderMessageObject> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const row = await this.lockAwaiting(manager, creditorSiren, messageId);
        if (row.invoice_status !== 'OPEN') {
          throw new RemindersException(RemindersExceptionCode.INVOICE_NOT_OPEN, "La facture n'est plus ouverte : ce message ne partira pas.");
        }
        const now = this.clock.now();
        const at = row.scheduled_at.getTime() >= now.getTime() ? row.scheduled_at : allowedSlot(row.channel, now);
        await manager.query(
          `UPDATE reminder_messages SET status = 'SCHEDULED', scheduled_at = $2, approval_decided_by = $3, approval_decided_at = $4, updated_at = $4 WHERE id = $1`,
          [row.id, at, userId, now],
        );
        if (row.run_status === 'COMPLETED' && row.run_end_reason === 'ALL_SENT') {
          await manager.query(`UPDATE reminder_runs SET status = 'ACTIVE', end_reason = NULL, ended_at = NULL, updated_at = $2 WHERE id = $1`, [row.run_id, now]);
        }
      });
    } catch (error) {
      // Reopening the run when another one was applied to the invoice since.
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
        throw new RemindersException(RemindersExceptionCode.RUN_ALREADY_ACTIVE, "Un autre scénario relance déjà cette facture : ce message ne peut plus partir.");
      }
      throw error;
    }
    return this.message(messageId);
  }

  /** → CANCELLED (REJECTED); the run completes when nothing else is left to send. */
  async reject(creditorSiren: string, userId: string, messageId: string): Promise<ReminderMessageObject> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockAwaiting(manager, creditorSiren, messageId);
      const now = this.clock.now();
      await manager.query(
        `UPDATE reminder_messages SET status = 'CANCELLED', last_error = 'REJECTED', approval_decided_by = $2, approval_decided_at = $3, updated_at = $3 WHERE id = $1`,
        [row.id, userId, now],
      );
      await this.runs.completeIfNothingLeftWithin(manager, row.run_id);
    });
    return this.message(messageId);
  }

  private async lockAwaiting(manager: DataSource['manager'], creditorSiren: string, messageId: string): Promise<DecisionRow> {
    if (!UUID.test(messageId)) throw this.notFound();
    const [row] = (await manager.query(
      `SELECT m.id, m.run_id, m.invoice_id, m.channel, m.status, m.scheduled_at, r.status AS run_status, r.end_reason AS run_end_reason, i.status AS invoice_status
         FROM reminder_messages m JOIN reminder_runs r ON r.id = m.run_id JOIN invoices i ON i.id = m.invoice_id
        WHERE m.id = $1 AND r.creditor_siren = $2
          FOR UPDATE OF m, r`,
      [messageId, creditorSiren],
    )) as DecisionRow[];
    if (!row) throw this.notFound();
    if (row.status !== 'AWAITING_APPROVAL') {
      throw new RemindersException(RemindersExceptionCode.MESSAGE_NOT_AWAITING_APPROVAL, "Ce message n'attend pas de validation (déjà validé, refusé ou annulé).");
    }
    return row;
  }

  private async message(messageId: string): Promise<ReminderMessageObject> {
    const [row] = (await this.dataSource.query(`SELECT ${MESSAGE_COLUMNS} FROM reminder_messages WHERE id = $1`, [messageId])) as MessageRow[];
    return toMessageObject(row!);
  }

  private notFound(): RemindersException {
    return new RemindersException(RemindersExceptionCode.MESSAGE_NOT_FOUND, 'Message introuvable.');
  }
}
