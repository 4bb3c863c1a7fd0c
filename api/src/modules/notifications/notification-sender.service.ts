import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { EmailSender } from '../../providers/email/email-sender.port.js';
import { ProviderError } from '../../providers/provider-error.js';
import { returnedRows } from '../reminders/message-rows.js';

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

const BATCH = 100;
const MAX_ATTEMPTS = 5;
/** A notice still SENDING after this long belonged to a worker that died mid-call: its fate is unknown. */
const SENDING_TIMEOUT_MS = 10 * 60_000;

/**
 * Sends the platform's notices from the outbox (worker only). Rows are claimed PENDING → SENDING
 * with SKIP LOCKED, so two workers never send the same notice. Without credentials nothing is
 * claimed: PENDING rows become NOT_CONFIGURED and both wait until a provider is configured.
 */
@Injectable()
export class NotificationSenderService {
  private readonly logger = new Logger('NotificationSender');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailSender,
    private readonly clock: Clock,
  ) {}

  /** One pass over what is waiting; returns how many notices were sent. */
  async sendPending(): Promise<number> {
    const now = this.clock.now();
    // Never resent blindly: the provider may have accepted it before the worker died.
    await this.dataSource.query(
      `UPDATE notification_emails SET status = 'UNKNOWN', last_error = $2, updated_at = $1
        WHERE status = 'SENDING' AND updated_at < $1::timestamptz - make_interval(secs => $3)`,
      [now, 'Interrompu pendant l’envoi : vérifiez avant de renvoyer.', SENDING_TIMEOUT_MS / 1000],
    );
    if (!this.email.configured) {
      await this.dataSource.query(`UPDATE notification_emails SET status = 'NOT_CONFIGURED', last_error = $1, updated_at = $2 WHERE status = 'PENDING'`, [
        'Aucun fournisseur e-mail configuré : la notification attend dans la file.',
        now,
      ]);
      return 0;
    }
    const claimed = returnedRows<ClaimedRow>(
      await this.dataSource.query(
        `UPDATE notification_emails SET status = 'SENDING', attempts = attempts + 1, provider = $2, updated_at = $3
          WHERE id IN (SELECT id FROM notification_emails WHERE status IN ('PENDING', 'NOT_CONFIGURED')
                        ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, to_address, subject, body, attempts`,
        [BATCH, this.email.provider, now],
      ),
    );
    let sent = 0;
    for (const row of claimed) if (await this.sendOne(row)) sent += 1;
    return sent;
  }

  private async sendOne(row: ClaimedRow): Promise<boolean> {
    try {
      const { providerMessageId } = await this.email.send({ to: row.to_address, subject: row.subject, text: row.body, reference: `notification-${row.id}` });
      await this.finish(row.id, 'SENT', null, providerMessageId);
      return true;
    } catch (error) {
      const failure = error instanceof ProviderError ? error : new ProviderError('AMBIGUOUS', error instanceof Error ? error.message : String(error));
      // Retryable: back to PENDING for the next pass, up to MAX_ATTEMPTS. Ambiguous: UNKNOWN, never resent blindly.
      const status = failure.kind === 'RETRYABLE' && row.attempts < MAX_ATTEMPTS ? 'PENDING' : failure.kind === 'AMBIGUOUS' ? 'UNKNOWN' : 'FAILED';
      if (status !== 'PENDING') this.logger.warn(`notification ${row.id}: ${failure.message}`);
      await this.finish(row.id, status, failure.message, null);
      return false;
    }
  }

  private async finish(id: string, status: string, error: string | null, providerMessageId: string | null): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE notification_emails SET status = $2, last_error = $3, provider_message_id = COALESCE($4, provider_message_id), updated_at = $5,
              sent_at = CASE WHEN $2 = 'SENT' THEN $5 ELSE sent_at END
        WHERE id = $1 AND status = 'SENDING'`,
      [id, status, error, providerMessageId, now],
    );
  }
}
