import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { EmailSender } from '../../../providers/email/email-sender.port.js';
import { ProviderError } from '../../../providers/provider-error.js';
import { SmsSender } from '../../../providers/sms/sms-sender.port.js';
import { parisDate } from '../../invoices/domain/calendar-date.js';
import { renderTemplate } from '../domain/template.js';
import { loadInvoiceContext, renderContextOf } from '../invoice-context.js';
import { returnedRows } from '../message-rows.js';

interface OutboxRow {
  id: string;
  run_id: string;
  invoice_id: string;
  channel: 'EMAIL' | 'SMS';
  tone: string;
  status: string;
  to_address: string;
  template_subject: string;
  template_body: string;
  deadline_days: number | null;
}

export type SendOutcome = 'SENT' | 'RETRY' | 'FAILED' | 'UNKNOWN' | 'SKIPPED' | 'NOT_CONFIGURED' | 'NOTHING_TO_DO';

/**
 * Sends one outbox message (DESIGN §4.3). Every state change is a conditional UPDATE on the
 * expected status, so two senders holding the same message cannot both send it: only the one that
 * moves it QUEUED → SENDING calls the provider. A message already SENDING when a sender starts was
 * interrupted between the provider call and its record: it becomes UNKNOWN, never resent blindly.
 */
@Injectable()
export class ReminderSenderService {
  private readonly logger = new Logger('ReminderSender');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `finalAttempt`: a retryable provider error then ends as FAILED instead of asking bull for another try. */
  async send(messageId: string, options: { finalAttempt: boolean } = { finalAttempt: false }): Promise<SendOutcome> {
    const [message] = (await this.dataSource.query(
      `SELECT id, run_id, invoice_id, channel, tone, status, to_address, template_subject, template_body, deadline_days
         FROM reminder_messages WHERE id = $1`,
      [messageId],
    )) as OutboxRow[];
    if (!message) return 'NOTHING_TO_DO';
    if (message.status === 'SENDING') {
      await this.transition(messageId, 'SENDING', 'UNKNOWN', 'Interrompu entre l’appel au fournisseur et son enregistrement : vérifiez avant de renvoyer.');
      return 'UNKNOWN';
    }
    if (message.status !== 'QUEUED') return 'NOTHING_TO_DO';

    const invoice = await loadInvoiceContext(this.dataSource.manager, message.invoice_id);
    const wanted = message.tone === 'THANKS' ? 'PAID' : 'OPEN';
    if (!invoice || invoice.status !== wanted) {
      await this.transition(messageId, 'QUEUED', 'SKIPPED', `INVOICE_${invoice?.status ?? 'DELETED'}`);
      await this.completeRunIfDone(message.run_id);
      return 'SKIPPED';
    }
    const sender = message.channel === 'EMAIL' ? this.email : this.sms;
    if (!sender.configured) {
      await this.transition(messageId, 'QUEUED', 'NOT_CONFIGURED', `Aucun fournisseur ${message.channel === 'EMAIL' ? 'e-mail' : 'SMS'} configuré : le message attend dans la file.`);
      return 'NOT_CONFIGURED';
    }

    const now = this.clock.now();
    const context = renderContextOf(invoice, parisDate(now), message.deadline_days, this.config.publicWebUrl);
    const subject = message.channel === 'EMAIL' ? renderTemplate(message.template_subject, context) : null;
    const body = renderTemplate(message.template_body, context);
    const claimed = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE reminder_messages SET status = 'SENDING', attempts = attempts + 1, subject = $2, body = $3, provider = $4, updated_at = $5
          WHERE id = $1 AND status = 'QUEUED' RETURNING id`,
        [messageId, subject, body, sender.provider, now],
      ),
    );
    if (claimed.length === 0) return 'NOTHING_TO_DO';

    try {
      const { providerMessageId } =
        message.channel === 'EMAIL'
          ? await this.email.send({ to: message.to_address, subject: subject ?? '', text: body, reference: messageId })
          : await this.sms.send({ to: message.to_address, body, reference: messageId });
      // UNKNOWN too: a concurrent sender may have judged it interrupted; the real outcome wins.
      await this.dataSource.query(
        `UPDATE reminder_messages SET status = 'SENT', provider_message_id = $2, sent_at = $3, last_error = NULL, updated_at = $3
          WHERE id = $1 AND status IN ('SENDING', 'UNKNOWN')`,
        [messageId, providerMessageId, this.clock.now()],
      );
      await this.completeRunIfDone(message.run_id);
      return 'SENT';
    } catch (error) {
      const failure = error instanceof ProviderError ? error : new ProviderError('AMBIGUOUS', error instanceof Error ? error.message : String(error));
      if (failure.kind === 'RETRYABLE' && !options.finalAttempt) {
        await this.transition(messageId, 'SENDING', 'QUEUED', failure.message);
        // Thrown so bull retries with backoff; the row is QUEUED again for the retry to claim.
        throw failure;
      }
      const status = failure.kind === 'AMBIGUOUS' ? 'UNKNOWN' : 'FAILED';
      if (failure.kind === 'AMBIGUOUS') this.logger.warn(`message ${messageId}: ${failure.message}`);
      await this.transition(messageId, 'SENDING', status, failure.message);
      await this.completeRunIfDone(message.run_id);
      return status;
    }
  }

  private async transition(messageId: string, from: string, to: string, reason: string | null): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE reminder_messages SET status = $3, last_error = $4, updated_at = $5${to === 'QUEUED' ? ', queued_at = $5' : ''} WHERE id = $1 AND status = $2`,
      [messageId, from, to, reason, now],
    );
  }

  /** An ACTIVE run with nothing left to send is COMPLETED. */
  private async completeRunIfDone(runId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'ALL_SENT', ended_at = $2, updated_at = $2
        WHERE id = $1 AND status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM reminder_messages WHERE run_id = $1 AND status IN ('SCHEDULED', 'QUEUED', 'SENDING', 'NOT_CONFIGURED'))`,
      [runId, now],
    );
  }
}
