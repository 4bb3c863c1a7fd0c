import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import twilio from 'twilio';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AppConfig } from '../../../config/env.variables.js';
import { DeliveryOutcome } from '../../../providers/delivery-outcome.js';
import { SendgridEvent, sendgridFailureReason, sendgridOutcome, verifySendgridSignature } from '../../../providers/email/sendgrid-events.js';
import { twilioFailureReason, twilioOutcome } from '../../../providers/sms/twilio-status.js';
import { reportTransitions } from '../domain/delivery-report.js';
import { returnedRows } from '../message-rows.js';
import { completeRuns } from '../jobs/outbox-statements.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type WebhookResult = { status: 200; applied: number } | { status: 400 | 401 | 409; reason: string };

/** What one report changed: how many messages, and the runs of those it took out of the queue (a retry that now has nothing to send). */
interface Applied {
  moved: number;
  dequeuedRunIds: string[];
}

/**
 * Provider delivery reports → DELIVERED / FAILED. Unsigned, badly signed, stale or replayed calls are
 * refused and change nothing: each event id is recorded in provider_webhook_events in the same
 * transaction as its effect, so a replay finds it there.
 */
@Injectable()
export class DeliveryWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendgrid(rawBody: Buffer | undefined, signature: string | undefined, timestamp: string | undefined): Promise<WebhookResult> {
    const key = this.config.reminders.sendgridWebhookPublicKey;
    if (!key || !rawBody || !signature || !timestamp) return { status: 401, reason: 'unsigned' };
    if (!verifySendgridSignature(key, rawBody, signature, timestamp)) return { status: 401, reason: 'bad signature' };
    const age = Math.abs(this.clock.now().getTime() / 1000 - Number(timestamp));
    if (!Number.isFinite(age) || age > this.config.reminders.webhookMaxAgeSeconds) return { status: 401, reason: 'stale timestamp' };
    let events: SendgridEvent[];
    try {
      events = JSON.parse(rawBody.toString('utf8')) as SendgridEvent[];
      if (!Array.isArray(events)) throw new Error('not an array');
    } catch {
      return { status: 400, reason: 'malformed body' };
    }
    const dequeuedRunIds: string[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      let fresh = 0;
      let applied = 0;
      for (const event of events) {
        if (!event.sg_event_id) continue;
        if (!(await this.firstSeen(manager, 'sendgrid', event.sg_event_id))) continue;
        fresh += 1;
        const outcome = sendgridOutcome(event.event);
        if (outcome && event.message_id && UUID.test(event.message_id)) {
          const reason = outcome === 'FAILED' ? sendgridFailureReason(event) : null;
          const done = await this.apply(manager, event.message_id, 'sendgrid', outcome, event.sg_message_id?.split('.')[0] ?? null, reason);
          applied += done.moved;
          dequeuedRunIds.push(...done.dequeuedRunIds);
        }
      }
      return fresh === 0 && events.length > 0 ? { status: 409 as const, reason: 'replayed' } : { status: 200 as const, applied };
    });
    await this.completeDequeuedRuns(dequeuedRunIds);
    return result;
  }

  /** `url` is the full public URL Twilio called: its signature covers it with the form parameters. */
  async twilio(url: string, params: Record<string, string>, signature: string | undefined): Promise<WebhookResult> {
    const token = this.config.reminders.twilioAuthToken;
    if (!token || !signature) return { status: 401, reason: 'unsigned' };
    if (!twilio.validateRequest(token, signature, url, params)) return { status: 401, reason: 'bad signature' };
    const messageId = new URL(url).searchParams.get('messageId') ?? '';
    const sid = params.MessageSid;
    const status = params.MessageStatus;
    // A repeated form field arrives as an array: not a callback Twilio sends.
    if (!UUID.test(messageId) || typeof sid !== 'string' || !sid || typeof status !== 'string' || !status) return { status: 400, reason: 'missing parameters' };
    const dequeuedRunIds: string[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      // Twilio signs no timestamp: one report per (message, status) is accepted, a repeat is a replay.
      if (!(await this.firstSeen(manager, 'twilio', `${sid}:${status}`))) return { status: 409 as const, reason: 'replayed' };
      const outcome = twilioOutcome(status);
      const reason = outcome === 'FAILED' ? twilioFailureReason(status, typeof params.ErrorCode === 'string' ? params.ErrorCode : undefined) : null;
      const done = outcome ? await this.apply(manager, messageId, 'twilio', outcome, sid, reason) : { moved: 0, dequeuedRunIds: [] };
      dequeuedRunIds.push(...done.dequeuedRunIds);
      return { status: 200 as const, applied: done.moved };
    });
    await this.completeDequeuedRuns(dequeuedRunIds);
    return result;
  }

  /**
   * A message a report took out of the queue leaves its retry nothing to do, so no sender will find
   * its run finished: it is completed here when nothing else is left, as the sender would have. After
   * the report's commit, not within it: this transaction holds message rows, and stopping or pausing
   * a run locks the run before its messages.
   */
  private async completeDequeuedRuns(runIds: readonly string[]): Promise<void> {
    if (runIds.length > 0) await completeRuns(this.dataSource, runIds, this.clock.now());
  }

  private async firstSeen(manager: EntityManager, provider: string, eventId: string): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO provider_webhook_events (provider, event_id, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
      [provider, eventId, this.clock.now()],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Applies an outcome as statusAfterReport (domain/delivery-report.ts) tabulates it: only a message the
   * provider has (or may have) accepted moves, a DELIVERED or FAILED one never does. A message the
   * report finds still SENDING or UNKNOWN left at the latest now: it takes that as its send time
   * until the sender records the exact one (an UNKNOWN message never gets that record), and learns
   * its provider id. The reference of a grouped message is its group id: every message of the group moves.
   * A delivery clears the error the message carried (the 5xx that queued it again, the interrupted
   * call that left it UNKNOWN): the report settles it, and the timeline would show it in red.
   * `m.provider = $2` is what makes a QUEUED message's report trustworthy: the provider is recorded by
   * the claim, so only a message put back for a retry after its call matches, never one not yet sent.
   */
  private async apply(manager: EntityManager, messageId: string, provider: string, outcome: DeliveryOutcome, providerMessageId: string | null, reason: string | null): Promise<Applied> {
    const now = this.clock.now();
    const transitions = reportTransitions(outcome);
    const rows = returnedRows<{ run_id: string; from_status: string }>(await manager.query(
      `UPDATE reminder_messages m
          SET status = t.to_status, delivered_at = CASE WHEN t.to_status = 'DELIVERED' THEN $3::timestamptz ELSE m.delivered_at END,
              last_error = CASE WHEN t.to_status = 'FAILED' THEN $5 WHEN t.to_status = 'DELIVERED' THEN NULL ELSE m.last_error END,
              sent_at = coalesce(m.sent_at, $3), provider_message_id = coalesce(m.provider_message_id, $4), updated_at = $3
         FROM unnest($6::text[], $7::text[]) AS t(from_status, to_status)
        WHERE (m.id = $1 OR m.group_id = $1) AND m.provider = $2 AND m.status = t.from_status
        RETURNING m.run_id, t.from_status`,
      [messageId, provider, now, providerMessageId, reason, transitions.from, transitions.to],
    ));
    return { moved: rows.length, dequeuedRunIds: rows.filter((row) => row.from_status === 'QUEUED').map((row) => row.run_id) };
  }
}
