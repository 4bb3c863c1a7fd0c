import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { listInvoiceEvents } from '../invoices/invoice-events.js';
import { InvoiceSettled } from '../invoices/invoice-lifecycle.js';
import { DEFAULT_THANKS_STEP } from './domain/built-in-scenarios.js';
import { PENDING_STATUSES } from './domain/message-status.js';
import { planRun, thanksStep } from './domain/plan-run.js';
import { Channel, ScenarioStep } from './domain/scenario.js';
import { allowedSlot } from './domain/schedule.js';
import { renderTemplate } from './domain/template.js';
import { InvoiceTimelineObject, ReminderRunObject, ScenarioPreviewObject } from './dtos/reminder-run.object.js';
import { InvoiceContextRow, loadInvoiceContext, renderContextOf } from './invoice-context.js';
import { MessageContextService } from './message-context.service.js';
import { insertMessages, MESSAGE_COLUMNS, MessageRow, RunRow, toRunObject } from './message-rows.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';
import { RunTokens } from './run-tokens.port.js';
import { ScenariosService } from './scenarios.service.js';
import { ScoreEffectsService } from './score-effects.service.js';
import { SegmentsService } from './segments.service.js';
import { TasksService } from './tasks.service.js';
import { ReminderSettingsService } from './reminder-settings.service.js';
import { spaceFromOtherContacts } from './domain/contact-spacing.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';
const RUN_COLUMNS = 'id, invoice_id, creditor_siren, scenario_id, scenario, segment, status, paused_reason, created_by, token_spent, token_refunded, end_reason, created_at, ended_at';
/** Messages that reached, or will reach, the debtor: what the minimum contact delay is measured from. */
const CONTACT_SQL = ['SCHEDULED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'UNKNOWN', 'NOT_CONFIGURED', 'AWAITING_APPROVAL'].map((status) => `'${status}'`).join(', ');
const PENDING_SQL = PENDING_STATUSES.map((status) => `'${status}'`).join(', ');

/** Runs: apply (spends the token), preview, stop (refunds when nothing left), and the reactions to payment and cancellation. */
@Injectable()
export class ReminderRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scenarios: ScenariosService,
    private readonly segments: SegmentsService,
    private readonly scoreEffects: ScoreEffectsService,
    private readonly callTasks: TasksService,
    private readonly settings: ReminderSettingsService,
    private readonly tokens: RunTokens,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly messageContext: MessageContextService,
  ) {}

  async preview(creditorSiren: string, invoiceId: string, scenarioId: string): Promise<ScenarioPreviewObject> {
    const scenario = await this.scenarios.find(creditorSiren, scenarioId);
    const invoice = await this.ownedInvoice(this.dataSource.manager, creditorSiren, invoiceId, false);
    const { messages } = await this.planFor(this.dataSource.manager, creditorSiren, scenario.steps, invoice, false);
    const effects = await this.scoreEffects.ofPlan(invoice, messages);
    return {
      invoiceId,
      scenarioId,
      tokenCost: 1,
      messages: await Promise.all(messages.map(async (message, index) => {
        const effect = effects[index];
        // The preview's own score effect knows the plan's earlier GOOD messages: the variables agree with it.
        const context = effect
          ? renderContextOf(invoice, parisDate(message.scheduledAt), message.deadlineDays, {
              paymentLink: this.messageContext.paymentLink(invoice.id, message.scheduledAt),
              currentScore: effect.scoreIfUnpaid,
              scoreGain: effect.gainIfPaidAtStep,
            })
          : await this.messageContext.contextFor(invoice, message.scheduledAt, message.deadlineDays, message.tone);
        return {
          stepIndex: message.stepIndex,
          channel: message.channel,
          tone: message.tone,
          toAddress: message.toAddress,
          scheduledAt: message.scheduledAt,
          status: message.status,
          skipReason: message.skipReason,
          subject: message.channel === 'EMAIL' ? renderTemplate(message.templateSubject, context) : '',
          body: renderTemplate(message.templateBody, context),
          scoreEffect: effect ?? null,
        };
      })),
    };
  }

  /**
   * One transaction: lock the invoice, refuse a second active run, spend the token, write the run and every message.
   * Without a scenario, the debtor's segment picks it (and is recorded on the run).
   */
  async apply(creditorSiren: string, userId: string, invoiceId: string, scenarioId: string | null): Promise<ReminderRunObject> {
    const bySegment = scenarioId ? null : await this.segments.scenarioForInvoice(creditorSiren, invoiceId);
    const scenario = await this.scenarios.find(creditorSiren, bySegment?.scenarioId ?? scenarioId!);
    let runId: string;
    try {
      runId = await this.dataSource.transaction(async (manager) => {
        const invoice = await this.ownedInvoice(manager, creditorSiren, invoiceId, true);
        const { messages, tasks } = await this.planFor(manager, creditorSiren, scenario.steps, invoice, true);
        const active = (await manager.query(`SELECT 1 FROM reminder_runs WHERE invoice_id = $1 AND status IN ('ACTIVE', 'PAUSED')`, [invoiceId])) as unknown[];
        if (active.length > 0) throw this.alreadyActive();
        const now = this.clock.now();
        const [run] = (await manager.query(
          `INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario, segment, status, token_spent, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4::jsonb, $7, 'ACTIVE', true, $5, $6, $6) RETURNING id`,
          [invoiceId, creditorSiren, scenario.id, JSON.stringify({ name: scenario.name, steps: scenario.steps }), userId, now, bySegment?.segment ?? null],
        )) as [{ id: string }];
        await this.tokens.spendForRun(manager, creditorSiren, run.id);
        await insertMessages(manager, run.id, invoiceId, messages, now);
        await this.callTasks.insertForRun(manager, { id: run.id, invoiceId, creditorSiren, assigneeUserId: userId }, tasks, now);
        return run.id;
      });
    } catch (error) {
      // Two concurrent applies: the partial unique index lets one through.
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) throw this.alreadyActive();
      throw error;
    }
    return this.getRun(creditorSiren, runId);
  }

  /** Cancels what has not left; refunds the token when no message ever reached a provider. */
  async stop(creditorSiren: string, runId: string): Promise<ReminderRunObject> {
    if (!UUID.test(runId)) throw RemindersException.runNotFound();
    await this.dataSource.transaction(async (manager) => {
      const [run] = (await manager.query(`SELECT id, status FROM reminder_runs WHERE id = $1 AND creditor_siren = $2 FOR UPDATE`, [runId, creditorSiren])) as { id: string; status: string }[];
      if (!run) throw RemindersException.runNotFound();
      if (run.status !== 'ACTIVE' && run.status !== 'PAUSED') throw new RemindersException(RemindersExceptionCode.RUN_NOT_ACTIVE, 'Ces relances sont déjà arrêtées ou terminées.');
      await this.endRunWithin(manager, creditorSiren, runId, 'STOPPED', 'STOPPED_BY_CREDITOR');
    });
    return this.getRun(creditorSiren, runId);
  }

  /** InvoiceLifecycle.onPaid, inside the payment's transaction: cancel what is pending, schedule THANKS. */
  async onInvoicePaid(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    await this.cancelAwaitingApprovalWithin(manager, event.invoiceId, 'INVOICE_PAID');
    const run = await this.lockLiveRun(manager, event.invoiceId);
    if (!run) return;
    const now = this.clock.now();
    await manager.query(
      `UPDATE reminder_messages SET status = 'CANCELLED', last_error = 'INVOICE_PAID', updated_at = $2 WHERE run_id = $1 AND status IN (${PENDING_SQL})`,
      [run.id, now],
    );
    await manager.query(`UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'INVOICE_PAID', paused_reason = NULL, ended_at = $2, updated_at = $2 WHERE id = $1`, [run.id, now]);
    const invoice = await loadInvoiceContext(manager, event.invoiceId);
    const thanks = invoice && thanksStep(run.scenario.steps as ScenarioStep[], DEFAULT_THANKS_STEP, { contactEmail: invoice.contact_email, contactPhone: invoice.contact_phone });
    if (!thanks) return;
    await insertMessages(manager, run.id, event.invoiceId, [
      {
        stepIndex: thanks.index,
        channel: thanks.step.channel,
        tone: 'THANKS',
        toAddress: thanks.toAddress,
        templateSubject: thanks.step.subject,
        templateBody: thanks.step.body,
        deadlineDays: null,
        scheduledAt: allowedSlot(thanks.step.channel, now),
        status: 'SCHEDULED',
        skipReason: null,
      },
    ], now);
  }

  /** InvoiceLifecycle.onCancelled, inside the cancellation's transaction. */
  async onInvoiceCancelled(manager: EntityManager, event: InvoiceSettled): Promise<void> {
    await this.cancelAwaitingApprovalWithin(manager, event.invoiceId, 'INVOICE_CANCELLED');
    const run = await this.lockLiveRun(manager, event.invoiceId);
    if (run) await this.endRunWithin(manager, event.creditorSiren, run.id, 'STOPPED', 'INVOICE_CANCELLED');
  }

  async timeline(creditorSiren: string, invoiceId: string): Promise<InvoiceTimelineObject> {
    if (!UUID.test(invoiceId)) throw RemindersException.invoiceNotFound();
    const owned = (await this.dataSource.query(`SELECT 1 FROM invoices WHERE id = $1 AND creditor_siren = $2`, [invoiceId, creditorSiren])) as unknown[];
    if (owned.length === 0) throw RemindersException.invoiceNotFound();
    const runs: RunRow[] = await this.dataSource.query(`SELECT ${RUN_COLUMNS} FROM reminder_runs WHERE invoice_id = $1 ORDER BY created_at DESC, id`, [invoiceId]);
    const messages: MessageRow[] = await this.dataSource.query(`SELECT ${MESSAGE_COLUMNS} FROM reminder_messages WHERE invoice_id = $1 ORDER BY scheduled_at, step_index, id`, [invoiceId]);
    const events = await listInvoiceEvents(this.dataSource.manager, invoiceId);
    return {
      invoiceId,
      runs: runs.map((run) => toRunObject(run, messages)),
      events: events.map((event) => ({ id: event.id, kind: event.kind, actor: event.actor, details: JSON.stringify(event.details), occurredAt: event.occurred_at })),
    };
  }

  async getRun(creditorSiren: string, runId: string): Promise<ReminderRunObject> {
    const [run] = (await this.dataSource.query(`SELECT ${RUN_COLUMNS} FROM reminder_runs WHERE id = $1 AND creditor_siren = $2`, [runId, creditorSiren])) as RunRow[];
    if (!run) throw RemindersException.runNotFound();
    const messages: MessageRow[] = await this.dataSource.query(`SELECT ${MESSAGE_COLUMNS} FROM reminder_messages WHERE run_id = $1 ORDER BY scheduled_at, step_index, id`, [runId]);
    return toRunObject(run, messages);
  }

  /** A message "left" once a provider was called for it (attempts > 0): only then is the token kept. */
  async endRunWithin(manager: EntityManager, creditorSiren: string, runId: string, status: 'STOPPED' | 'COMPLETED', reason: string): Promise<void> {
    const now = this.clock.now();
    await manager.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = $2, updated_at = $3 WHERE run_id = $1 AND status IN (${PENDING_SQL})`, [runId, reason, now]);
    await this.callTasks.cancelOpen(manager, { runId }, reason);
    const [{ left }] = (await manager.query(`SELECT EXISTS (SELECT 1 FROM reminder_messages WHERE run_id = $1 AND attempts > 0) AS left`, [runId])) as [{ left: boolean }];
    const refunded = left ? false : await this.tokens.refundRun(manager, creditorSiren, runId);
    await manager.query(
      `UPDATE reminder_runs SET status = $2, end_reason = $3, paused_reason = NULL, ended_at = $4, updated_at = $4, token_refunded = token_refunded OR $5 WHERE id = $1`,
      [runId, status, reason, now, refunded],
    );
  }

  /** A message may wait for approval on a run the sender already completed (nothing else left): withdraw it too. */
  async cancelAwaitingApprovalWithin(manager: EntityManager, invoiceId: string, reason: string): Promise<void> {
    await this.callTasks.cancelOpen(manager, { invoiceId }, reason);
    await manager.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = $2, updated_at = $3 WHERE invoice_id = $1 AND status = 'AWAITING_APPROVAL'`, [
      invoiceId,
      reason,
      this.clock.now(),
    ]);
  }

  /**
   * An ACTIVE run with nothing left to send or approve becomes COMPLETED (ALL_SENT), as the sender
   * finds after its last message: for a change that withdrew a run's last pending message.
   */
  async completeIfNothingLeftWithin(manager: EntityManager, runId: string): Promise<void> {
    const now = this.clock.now();
    await manager.query(
      `UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'ALL_SENT', ended_at = $2, updated_at = $2
        WHERE id = $1 AND status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM reminder_messages WHERE run_id = $1 AND status IN (${PENDING_SQL}, 'SENDING'))`,
      [runId, now],
    );
  }

  /** One run by id, locked (any status). */
  async lockRun(manager: EntityManager, runId: string): Promise<RunRow | undefined> {
    const rows = (await manager.query(`SELECT ${RUN_COLUMNS} FROM reminder_runs WHERE id = $1 FOR UPDATE`, [runId])) as RunRow[];
    return rows[0];
  }

  /** The invoice's one ACTIVE or PAUSED run, locked. */
  async lockLiveRun(manager: EntityManager, invoiceId: string): Promise<RunRow | undefined> {
    const rows = (await manager.query(`SELECT ${RUN_COLUMNS} FROM reminder_runs WHERE invoice_id = $1 AND status IN ('ACTIVE', 'PAUSED') FOR UPDATE`, [invoiceId])) as RunRow[];
    return rows[0];
  }

  private async ownedInvoice(manager: EntityManager, creditorSiren: string, invoiceId: string, lock: boolean): Promise<InvoiceContextRow> {
    if (!UUID.test(invoiceId)) throw RemindersException.invoiceNotFound();
    const invoice = await loadInvoiceContext(manager, invoiceId, { creditorSiren, lock });
    if (!invoice) throw RemindersException.invoiceNotFound();
    if (invoice.status !== 'OPEN') {
      throw new RemindersException(RemindersExceptionCode.INVOICE_NOT_OPEN, "Seule une facture ouverte (ni payée, ni contestée, ni annulée) peut être relancée.");
    }
    return invoice;
  }

  /**
   * The run's messages at the creditor's send hour, spaced from what the creditor already sends the
   * same debtor for its other invoices. With `lock`, applies for the same creditor and debtor are
   * serialised (transaction-scoped advisory lock) so two of them cannot both miss each other.
   */
  /** Also used to plan a paused or rescheduled run's remaining steps again (RunHoldsService). */
  async planFor(manager: EntityManager, creditorSiren: string, steps: readonly ScenarioStep[], invoice: InvoiceContextRow, lock: boolean) {
    const settings = await this.settings.get(creditorSiren, manager);
    const now = this.clock.now();
    const plan = planRun(steps, { dueDate: invoice.due_date, contactEmail: invoice.contact_email, contactPhone: invoice.contact_phone }, now, settings.sendHour);
    if (!plan.ok) {
      throw plan.missing === 'EMAIL'
        ? new RemindersException(RemindersExceptionCode.CONTACT_EMAIL_MISSING, "Ce scénario envoie des e-mails : ajoutez l'adresse e-mail du contact de cette facture.")
        : new RemindersException(RemindersExceptionCode.CONTACT_PHONE_MISSING, 'Ce scénario envoie des SMS : ajoutez le numéro de téléphone du contact de cette facture.');
    }
    if (settings.minContactDelayDays === 0) return { messages: plan.messages, tasks: plan.tasks };
    if (lock) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reminders:' || $1 || ':' || (SELECT debtor_siren FROM invoices WHERE id = $2)))`, [creditorSiren, invoice.id]);
    }
    const rows = (await manager.query(
      `SELECT coalesce(m.sent_at, m.scheduled_at) AS at, m.channel, m.to_address
         FROM invoices i
         JOIN invoices o ON o.creditor_siren = i.creditor_siren AND o.debtor_siren = i.debtor_siren AND o.id <> i.id
         JOIN reminder_messages m ON m.invoice_id = o.id
        WHERE i.id = $1 AND m.status IN (${CONTACT_SQL}) AND coalesce(m.sent_at, m.scheduled_at) >= $2`,
      [invoice.id, new Date(now.getTime() - (settings.minContactDelayDays + 1) * 86_400_000)],
    )) as { at: Date; channel: Channel; to_address: string }[];
    const others = rows.map((row) => ({ at: row.at, channel: row.channel, toAddress: row.to_address }));
    return { messages: spaceFromOtherContacts(plan.messages, others, settings.minContactDelayDays, settings.sendHour), tasks: plan.tasks };
  }

  private alreadyActive(): RemindersException {
    return new RemindersException(RemindersExceptionCode.RUN_ALREADY_ACTIVE, 'Cette facture est déjà sous un scénario de relance : arrêtez-le avant d\'en appliquer un autre.');
  }
}
