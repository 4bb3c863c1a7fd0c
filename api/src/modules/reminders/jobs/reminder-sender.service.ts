import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { EmailSender, OutgoingEmail } from '../../../providers/email/email-sender.port.js';
import { ProviderError } from '../../../providers/provider-error.js';
import { SmsSender } from '../../../providers/sms/sms-sender.port.js';
import { sentRecordTransitions } from '../domain/delivery-report.js';
import { Channel } from '../domain/scenario.js';
import { renderTemplate } from '../domain/template.js';
import { loadInvoiceContexts } from '../invoice-context.js';
import { MessageContextService } from '../message-context.service.js';
import { returnedRows } from '../message-rows.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { chunks, composeDelivery, Delivery, groupIntoDeliveries, OutboxRow, Ready } from './deliveries.js';
import { completeRuns, INTERRUPTED, MessageMove, moveMessages, withDeadlockRetry } from './outbox-statements.js';
import { StatementBatcher } from './statement-batcher.js';

interface SentRecord {
  ids: string[];
  providerMessageId: string;
  /** What left, when it is not what the claim recorded (a group's combined message); null: a lone message, recorded as claimed. */
  content: { subject: string | null; body: string } | null;
  sentAt: Date;
}

const SENT_RECORD = sentRecordTransitions();

/**
 * Messages one worker holds claimed (SENDING) at once, from the claim until the outcome of their call
 * is recorded: what a worker killed at any moment can leave UNKNOWN (test/faults/dispatch.fault.test.ts
 * allows 400). Jobs beyond it read and render ahead, and wait here.
 */
const CLAIMED_AT_ONCE = 400;

/**
 * Deliveries per provider call at most (SendGrid takes 1,000 personalizations): a job of 500 leaves in
 * several calls, each claimed just before it, so that CLAIMED_AT_ONCE holds several calls in flight.
 */
const DELIVERIES_PER_CALL = 100;

const OUTBOX_COLUMNS = 'id, run_id, invoice_id, channel, tone, status, to_address, template_subject, template_body, deadline_days, group_id';

export type SendOutcome = 'SENT' | 'RETRY' | 'FAILED' | 'UNKNOWN' | 'SKIPPED' | 'NOT_CONFIGURED' | 'NOTHING_TO_DO';

/**
 * Sends batches of outbox messages (DESIGN §4.3; one bull job carries a batch, see reminder-queues.ts).
 * Every state change is a conditional UPDATE on the expected status, so two senders holding the same
 * message cannot both send it: only the one that moves it QUEUED → SENDING calls the provider, with
 * the message id (a group's first id) as its reference. A message already SENDING when a sender
 * starts was interrupted between the provider call and its record: it becomes UNKNOWN, never resent
 * blindly. Per batch: one read of the messages, one of their invoices, the provider calls (at most
 * `sendConcurrency` in flight per worker; the e-mails of a batch in SendGrid requests of up to
 * DELIVERIES_PER_CALL, one personalization each, accepted or refused whole), each claimed just before its call and recorded
 * when it returns (at most CLAIMED_AT_ONCE messages between the two per worker), then the runs that
 * finished. Claims, records and run completions of concurrent batches share statements
 * (StatementBatcher): a few round trips per batch, not one per message.
 */
@Injectable()
export class ReminderSenderService {
  private readonly logger = new Logger('ReminderSender');
  private readonly providerSlots: ConcurrencyLimit;
  private readonly claimedMessages = new ConcurrencyLimit(CLAIMED_AT_ONCE);
  // Recorded as soon as possible (a worker killed later must not turn them UNKNOWN), but the calls
  // finishing together share one statement.
  private readonly recordSent = new StatementBatcher<SentRecord, void>((records) => this.recordSentBatch(records));
  // Claims of the calls that got their turn at about the same time share one UPDATE.
  private readonly claimForSending = new StatementBatcher<Ready[], Set<string>>((deliveries) => this.claimBatch(deliveries));
  private readonly completeRunsOf = new StatementBatcher<string[], void>(async (batches) => {
    await completeRuns(this.dataSource, batches.flat(), this.clock.now());
    return batches.map(() => undefined);
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly messageContext: MessageContextService,
  ) {
    this.providerSlots = new ConcurrencyLimit(config.reminders.sendConcurrency);
  }

  /** One message; throws the provider's error when it should be retried (the row is QUEUED again). */
  async send(messageId: string, options: { finalAttempt: boolean } = { finalAttempt: false }): Promise<SendOutcome> {
    const outcomes = await this.sendBatch([messageId], options);
    return outcomes.get(messageId)!;
  }

  /**
   * `finalAttempt`: a retryable provider error then ends as FAILED instead of asking bull for another
   * try. Throws after recording everything else when some message should be retried: bull retries
   * the job with backoff, and the retry only finds those messages QUEUED.
   */
  async sendBatch(messageIds: readonly string[], options: { finalAttempt: boolean } = { finalAttempt: false }): Promise<Map<string, SendOutcome>> {
    const outcomes = new Map<string, SendOutcome>(messageIds.map((id) => [id, 'NOTHING_TO_DO']));
    const requested = new Set(messageIds);
    // With their QUEUED group-mates: a group claimed again after a Redis loss may come back split
    // across batches, and must still leave as one message. Two index reads (primary key, then the
    // group index only for the groups found): one `id = ANY … OR status = 'QUEUED' AND …` let the
    // planner OR in every QUEUED row of (status, scheduled_at), 100 ms a batch with 100 k queued.
    // The group-mates' status is checked here, not in SQL, for the same reason: `status = 'QUEUED'`
    // there was planned as a BitmapAnd with every entry of reminder_messages_queued_at_idx.
    const rows = (
      (await this.dataSource.query(
        `WITH asked AS MATERIALIZED (SELECT ${OUTBOX_COLUMNS} FROM reminder_messages WHERE id = ANY($1::uuid[]))
         SELECT * FROM asked
         UNION ALL
         SELECT ${OUTBOX_COLUMNS} FROM reminder_messages
          WHERE group_id = ANY(ARRAY(SELECT group_id FROM asked WHERE group_id IS NOT NULL)) AND id <> ALL($1::uuid[])
         ORDER BY id`,
        [[...requested]],
      )) as OutboxRow[]
    ).filter((row) => requested.has(row.id) || row.status === 'QUEUED');
    const queued = rows.filter((row) => row.status === 'QUEUED');
    const invoices = await loadInvoiceContexts(this.dataSource.manager, queued.map((row) => row.invoice_id));
    const now = this.clock.now();
    // The signed debtor link and the score figures, for the whole batch at once.
    const contexts = await this.messageContext.contextsFor(
      queued.flatMap((row) => {
        const invoice = invoices.get(row.invoice_id);
        return invoice ? [{ key: row.id, invoice, at: now, deadlineDays: row.deadline_days, tone: row.tone, templates: [row.template_subject, row.template_body] }] : [];
      }),
    );
    const moves: MessageMove[] = [];
    const ready: Ready[] = [];
    const settle = (row: OutboxRow, outcome: SendOutcome, to: string, reason: string | null) => {
      moves.push({ id: row.id, from: row.status, to, reason });
      outcomes.set(row.id, outcome);
    };
    for (const row of rows) {
      if (row.status === 'SENDING') {
        settle(row, 'UNKNOWN', 'UNKNOWN', INTERRUPTED);
        continue;
      }
      if (row.status !== 'QUEUED') continue;
      const invoice = invoices.get(row.invoice_id);
      const wanted = row.tone === 'THANKS' ? 'PAID' : 'OPEN';
      if (!invoice || invoice.status !== wanted) {
        settle(row, 'SKIPPED', 'SKIPPED', `INVOICE_${invoice?.status ?? 'DELETED'}`);
      } else if (!this.senderOf(row.channel).configured) {
        settle(row, 'NOT_CONFIGURED', 'NOT_CONFIGURED', `Aucun fournisseur ${row.channel === 'EMAIL' ? 'e-mail' : 'SMS'} configuré : le message attend dans la file.`);
      } else {
        try {
          const context = contexts.get(row.id)!;
          ready.push({ row, invoice, subject: row.channel === 'EMAIL' ? renderTemplate(row.template_subject, context) : null, body: renderTemplate(row.template_body, context) });
        } catch (error) {
          // Templates are validated at save time; one that still fails would fail on every retry.
          settle(row, 'FAILED', 'FAILED', `Rendu impossible : ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    await moveMessages(this.dataSource, moves, now);

    const failures: MessageMove[] = [];
    await Promise.all(
      this.providerCalls(groupIntoDeliveries(ready)).map((call) => {
        const members = call.flatMap((delivery) => delivery.members);
        // Claimed just before its call and held until its outcome is recorded: a worker killed now
        // leaves at most CLAIMED_AT_ONCE messages uncertain, not whole batches. The provider slot is
        // held only for the call itself, so database latency does not idle the calls.
        return this.claimedMessages.run(async () => {
          const claimed = await this.claimForSending.submit(members);
          const kept = call.flatMap((delivery) => {
            const owned = delivery.members.filter((member) => claimed.has(member.row.id));
            return owned.length === 0 ? [] : [{ ...delivery, members: owned }];
          });
          if (kept.length === 0) return;
          const { recorded } = await this.providerSlots.run(() => this.deliver(kept, options, outcomes, failures));
          await recorded;
        }, members.length);
      }),
    );
    await this.completeRunsOf.submit(rows.filter((row) => outcomes.get(row.id) !== 'NOTHING_TO_DO').map((row) => row.run_id));

    const retry = failures.find((move) => move.to === 'QUEUED');
    // Thrown so bull retries with backoff; the rows are QUEUED again for the retry to claim.
    if (retry) throw new ProviderError('RETRYABLE', retry.reason ?? 'retry');
    return outcomes;
  }

  private senderOf(channel: Channel): EmailSender | SmsSender {
    return channel === 'EMAIL' ? this.email : this.sms;
  }

  /**
   * QUEUED → SENDING with their own rendered content (what an UNKNOWN message shows), only while the
   * invoice is still in the status the tone wants; answers, per delivery, the ids this sender now
   * owns. Rows whose invoice changed since the read stay QUEUED: the dispatcher's timeout hands them
   * back, and the sender skips them then. The expected status comes with each id (v.from_status, as in
   * moveMessages) rather than as a constant: a constant let the planner, with statistics older than a
   * burst, read every QUEUED row through reminder_messages_queued_at_idx instead of these ids by key.
   */
  private async claimBatch(deliveries: Ready[][]): Promise<Set<string>[]> {
    const ready = deliveries.flat();
    const rows = returnedRows<{ id: string }>(
      await withDeadlockRetry(() =>
        this.dataSource.query(
          `UPDATE reminder_messages m SET status = 'SENDING', attempts = m.attempts + 1, subject = v.subject, body = v.body, provider = v.provider, updated_at = $6
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(id, from_status, subject, body, provider), invoices i
            WHERE m.id = v.id AND m.status = v.from_status AND i.id = m.invoice_id AND i.status = CASE WHEN m.tone = 'THANKS' THEN 'PAID' ELSE 'OPEN' END
           RETURNING m.id`,
          [
            ready.map((entry) => entry.row.id),
            ready.map(() => 'QUEUED'),
            ready.map((entry) => entry.subject),
            ready.map((entry) => entry.body),
            ready.map((entry) => this.senderOf(entry.row.channel).provider),
            this.clock.now(),
          ],
        ),
      ),
    );
    const claimed = new Set(rows.map((row) => row.id));
    return deliveries.map((members) => new Set(members.filter((member) => claimed.has(member.row.id)).map((member) => member.row.id)));
  }

  /**
   * The provider calls of a batch: e-mails cut by the provider's batching rules (SendGrid: up to 1,000
   * personalizations, one per address; a group counts as one e-mail), then into DELIVERIES_PER_CALL;
   * one SMS per call.
   */
  private providerCalls(deliveries: readonly Delivery[]): Delivery[][] {
    const sms = deliveries.filter((delivery) => delivery.channel !== 'EMAIL').map((delivery) => [delivery]);
    const emails = deliveries.filter((delivery) => delivery.channel === 'EMAIL').map((delivery) => ({ ...this.emailOf(delivery), delivery }));
    const calls = this.email.batches(emails).flatMap((batch) => chunks(batch, DELIVERIES_PER_CALL));
    return [...calls.map((call) => call.map((email) => email.delivery)), ...sms];
  }

  private emailOf(delivery: Delivery): OutgoingEmail {
    const content = composeDelivery(delivery);
    return { to: delivery.toAddress, subject: content.subject ?? '', text: content.body, reference: delivery.reference };
  }

  /**
   * Only the sender that moved the messages QUEUED → SENDING gets here: one provider call for these
   * deliveries (several only for e-mail, all accepted or none). Answers once the call is over (freeing
   * the provider slot) with the recording of its outcome under way: SENT, or on failure QUEUED again
   * (retry), FAILED or UNKNOWN, also added to `failures` for sendBatch's retry decision.
   */
  private async deliver(deliveries: Delivery[], options: { finalAttempt: boolean }, outcomes: Map<string, SendOutcome>, failures: MessageMove[]): Promise<{ recorded: Promise<void> }> {
    // Composed again after the claim: a group may have lost a member to a concurrent change.
    const contents = deliveries.map(composeDelivery);
    let providerMessageIds: string[];
    try {
      if (deliveries[0]!.channel === 'EMAIL') {
        const sent = await this.email.sendBatch(
          deliveries.map((delivery, i) => ({ to: delivery.toAddress, subject: contents[i]!.subject ?? '', text: contents[i]!.body, reference: delivery.reference })),
        );
        providerMessageIds = sent.map((result) => result.providerMessageId);
      } else {
        const [delivery] = deliveries as [Delivery];
        providerMessageIds = [(await this.sms.send({ to: delivery.toAddress, body: contents[0]!.body, reference: delivery.reference })).providerMessageId];
      }
    } catch (error) {
      const failure = error instanceof ProviderError ? error : new ProviderError('AMBIGUOUS', error instanceof Error ? error.message : String(error));
      const retry = failure.kind === 'RETRYABLE' && !options.finalAttempt;
      const status = retry ? 'QUEUED' : failure.kind === 'AMBIGUOUS' ? 'UNKNOWN' : 'FAILED';
      if (failure.kind === 'AMBIGUOUS') this.logger.warn(`messages ${deliveries.map((delivery) => delivery.reference).join(', ')}: ${failure.message}`);
      const moves = deliveries.flatMap((delivery) => delivery.members.map((member) => ({ id: member.row.id, from: 'SENDING', to: status, reason: failure.message })));
      for (const move of moves) outcomes.set(move.id, retry ? 'RETRY' : (status as SendOutcome));
      failures.push(...moves);
      return { recorded: moveMessages(this.dataSource, moves, this.clock.now()) };
    }
    const sentAt = this.clock.now();
    const recorded = Promise.all(
      deliveries.map((delivery, i) => {
        const ids = delivery.members.map((member) => member.row.id);
        const content = delivery.members.length === 1 ? null : contents[i]!;
        return this.recordSent.submit({ ids, providerMessageId: providerMessageIds[i]!, content, sentAt }).then(() => {
          for (const id of ids) outcomes.set(id, 'SENT');
        });
      }),
    ).then(() => undefined);
    return { recorded };
  }

  /**
   * SENDING (or UNKNOWN: a concurrent sender, or the dispatcher's timeout, may have judged it
   * interrupted; the real outcome wins) → SENT, with the content that actually left. A message the
   * provider's report already made DELIVERED or FAILED keeps that status and its error, and takes
   * the send time, provider id and content (statusAfterSentRecord, domain/delivery-report.ts). A lone
   * message's content is already there since its claim, so only a group's is sent again (a NULL body
   * keeps the row's).
   */
  private async recordSentBatch(records: SentRecord[]): Promise<void[]> {
    const rows = records.flatMap((record) => record.ids.map((id) => ({ id, record })));
    await withDeadlockRetry(() =>
      this.dataSource.query(
        `UPDATE reminder_messages m SET status = t.to_status, provider_message_id = v.provider_message_id,
                subject = CASE WHEN v.body IS NULL THEN m.subject ELSE v.subject END, body = coalesce(v.body, m.body),
                sent_at = v.sent_at, last_error = CASE WHEN t.to_status = 'SENT' THEN NULL ELSE m.last_error END, updated_at = v.sent_at
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS v(id, provider_message_id, subject, body, sent_at),
                unnest($6::text[], $7::text[]) AS t(from_status, to_status)
          WHERE m.id = v.id AND m.status = t.from_status`,
        [
          rows.map((row) => row.id),
          rows.map((row) => row.record.providerMessageId),
          rows.map((row) => row.record.content?.subject ?? null),
          rows.map((row) => row.record.content?.body ?? null),
          rows.map((row) => row.record.sentAt),
          SENT_RECORD.from,
          SENT_RECORD.to,
        ],
      ),
    );
    return records.map(() => undefined);
  }
}
