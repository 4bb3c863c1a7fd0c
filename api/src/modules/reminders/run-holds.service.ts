import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { PENDING_STATUSES } from './domain/message-status.js';
import { replanRemaining } from './domain/replan.js';
import { ScenarioStep } from './domain/scenario.js';
import { recordInvoiceEvent } from '../invoices/invoice-events.js';
import { loadInvoiceContext } from './invoice-context.js';
import { RemindersException, RemindersExceptionCode } from './reminders.exception.js';
import { insertMessages, RunRow } from './message-rows.js';
import { ReminderRunsService } from './reminder-runs.service.js';
import { TasksService } from './tasks.service.js';

/** Why a run waits: each is a fact held by another feature (disputes, the debtor's page). */
export type HoldReason = 'DISPUTE' | 'PAYMENT_DECLARED' | 'PAYMENT_PLAN_PROPOSED';

/** Answers the hold (if any) a feature still places on the invoice's reminders. */
export type HoldCheck = (manager: EntityManager, invoiceId: string) => Promise<HoldReason | null>;

/**
 * Answers which steps of a run a feature knows to be done without their message (a payment plan's
 * instalment confirmed received): planning the run again must not bring them back.
 */
export type DoneStepsCheck = (manager: EntityManager, runId: string) => Promise<number[]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PENDING_SQL = PENDING_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * Pausing and resuming an invoice's live run, and planning its remaining steps again (after a pause
 * or a due-date change). A pause cancels what has not left (the sender then has nothing to send:
 * no dispatcher or sender change needed) and marks the run PAUSED; resuming plans the steps that
 * never left against today and the current due date. Every method runs inside the caller's
 * transaction, after the caller locked the invoice row.
 */
@Injectable()
export class RunHoldsService {
  private readonly checks: HoldCheck[] = [];
  private readonly doneStepsChecks: DoneStepsCheck[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runs: ReminderRunsService,
    private readonly callTasks: TasksService,
    private readonly clock: Clock,
  ) {}

  /** Register from a module's onModuleInit: a feature that may hold reminders says when it still does. */
  registerHoldCheck(check: HoldCheck): void {
    this.checks.push(check);
  }

  /** Register from a module's onModuleInit: a feature that settles steps without sending them says which. */
  registerDoneStepsCheck(check: DoneStepsCheck): void {
    this.doneStepsChecks.push(check);
  }

  /**
   * The creditor resumes a paused run once nothing holds it any more (e.g. after a dispute was
   * rejected): its remaining steps are planned against today. Returns the run's id.
   */
  async resumeByCreditor(creditorSiren: string, userId: string, invoiceId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = UUID.test(invoiceId) ? await loadInvoiceContext(manager, invoiceId, { creditorSiren, lock: true }) : undefined;
      if (!invoice) throw RemindersException.invoiceNotFound();
      if (invoice.status !== 'OPEN') throw new RemindersException(RemindersExceptionCode.INVOICE_NOT_OPEN, 'Seule une facture ouverte (ni payée, ni contestée, ni annulée) peut être relancée.');
      const run = await this.runs.lockLiveRun(manager, invoiceId);
      if (!run || run.status !== 'PAUSED') throw new RemindersException(RemindersExceptionCode.RUN_NOT_PAUSED, 'Aucune relance en pause sur cette facture.');
      const hold = await this.holdOn(manager, invoiceId);
      if (hold) {
        throw new RemindersException(RemindersExceptionCode.RUN_STILL_HELD, 'Les relances restent en pause : une contestation, un paiement déclaré ou un échéancier proposé attend encore une réponse.', { hold });
      }
      await this.planRemaining(manager, run);
      await recordInvoiceEvent(manager, { invoiceId, kind: 'REMINDERS_RESUMED', actor: 'CREDITOR', actorUserId: userId, details: { runId: run.id }, at: this.clock.now() });
      return run.id;
    });
  }

  /** The first hold still on the invoice, or null. */
  async holdOn(manager: EntityManager, invoiceId: string): Promise<HoldReason | null> {
    for (const check of this.checks) {
      const hold = await check(manager, invoiceId);
      if (hold) return hold;
    }
    return null;
  }

  /** Returns the paused run's id, or null when the invoice had no live run. A paused run keeps its first reason. */
  async pause(manager: EntityManager, invoiceId: string, reason: HoldReason): Promise<string | null> {
    const now = this.clock.now();
    await this.runs.cancelAwaitingApprovalWithin(manager, invoiceId, `PAUSED_${reason}`);
    const run = await this.runs.lockLiveRun(manager, invoiceId);
    if (!run) return null;
    if (run.status === 'PAUSED') return run.id;
    await manager.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = $2, updated_at = $3 WHERE run_id = $1 AND status IN (${PENDING_SQL})`, [
      run.id,
      `PAUSED_${reason}`,
      now,
    ]);
    await this.callTasks.cancelOpen(manager, { runId: run.id }, `PAUSED_${reason}`);
    await manager.query(`UPDATE reminder_runs SET status = 'PAUSED', paused_reason = $2, updated_at = $3 WHERE id = $1`, [run.id, reason, now]);
    return run.id;
  }

  /**
   * Resumes a PAUSED run when no hold is left: its remaining steps are planned against today.
   * Returns 'RESUMED', 'HELD' (a hold remains), or 'NOT_PAUSED' (no paused run).
   */
  async resumeIfFree(manager: EntityManager, invoiceId: string): Promise<'RESUMED' | 'HELD' | 'NOT_PAUSED'> {
    const run = await this.runs.lockLiveRun(manager, invoiceId);
    if (!run || run.status !== 'PAUSED') return 'NOT_PAUSED';
    if (await this.holdOn(manager, invoiceId)) return 'HELD';
    await this.planRemaining(manager, run);
    return 'RESUMED';
  }

  /**
   * The due date changed: an ACTIVE run's pending messages are cancelled and its remaining steps
   * planned against the new date (what already left stays). A PAUSED run is planned when it resumes.
   */
  async reschedule(manager: EntityManager, invoiceId: string): Promise<{ runId: string; planned: number } | null> {
    const run = await this.runs.lockLiveRun(manager, invoiceId);
    if (!run || run.status !== 'ACTIVE') return null;
    const now = this.clock.now();
    await manager.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = 'RESCHEDULED', updated_at = $2 WHERE run_id = $1 AND status IN (${PENDING_SQL})`, [run.id, now]);
    await this.callTasks.cancelOpen(manager, { runId: run.id }, 'RESCHEDULED');
    return { runId: run.id, planned: await this.planRemaining(manager, run) };
  }

  /**
   * An accepted payment plan replaces the scenario: the live run ends (REPLACED_BY_PAYMENT_PLAN, its
   * token kept: it paid for this invoice's reminders) and a new run, spending no token, carries the
   * plan's steps (one per instalment, on its date), planned as any run's remaining steps are: so a
   * pause, a resume or a new due date treat it like any other run. Returns the new run's id, how many
   * messages it planned, and the replaced run's id (restoreReplaced brings it back).
   */
  async replaceWithPlan(
    manager: EntityManager,
    invoice: { id: string; creditorSiren: string },
    userId: string,
    steps: readonly ScenarioStep[],
  ): Promise<{ runId: string; planned: number; replacedRunId: string | null }> {
    const now = this.clock.now();
    const run = await this.runs.lockLiveRun(manager, invoice.id);
    if (run) {
      await manager.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = 'REPLACED_BY_PAYMENT_PLAN', updated_at = $2 WHERE run_id = $1 AND status IN (${PENDING_SQL})`, [run.id, now]);
      await this.callTasks.cancelOpen(manager, { runId: run.id }, 'REPLACED_BY_PAYMENT_PLAN');
      await manager.query(
        `UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'REPLACED_BY_PAYMENT_PLAN', paused_reason = NULL, ended_at = $2, updated_at = $2 WHERE id = $1`,
        [run.id, now],
      );
    }
    const [created] = (await manager.query(
      `INSERT INTO reminder_runs (invoice_id, creditor_siren, scenario_id, scenario, status, token_spent, created_by, created_at, updated_at)
       VALUES ($1, $2, 'payment-plan', $3::jsonb, 'ACTIVE', false, $4, $5, $5) RETURNING id`,
      [invoice.id, invoice.creditorSiren, JSON.stringify({ name: 'Échéancier accepté', steps }), userId, now],
    )) as [{ id: string }];
    const planRun = (await this.runs.lockRun(manager, created.id))!;
    return { runId: created.id, planned: await this.planRemaining(manager, planRun), replacedRunId: run?.id ?? null };
  }

  /**
   * The creditor ended a payment plan: the scenario's run it replaced comes back, its steps that never
   * left planned from today as after any pause (a step whose date passed meanwhile is not sent late);
   * it waits PAUSED while something else holds the invoice. Returns its id and how many messages it
   * planned, or null when it cannot come back (no longer the replaced run, or another run is live).
   */
  async restoreReplaced(manager: EntityManager, runId: string): Promise<{ runId: string; planned: number } | null> {
    const run = await this.runs.lockRun(manager, runId);
    if (!run || run.status !== 'COMPLETED' || run.end_reason !== 'REPLACED_BY_PAYMENT_PLAN') return null;
    if (await this.runs.lockLiveRun(manager, run.invoice_id)) return null;
    const now = this.clock.now();
    const hold = await this.holdOn(manager, run.invoice_id);
    if (hold) {
      await manager.query(`UPDATE reminder_runs SET status = 'PAUSED', paused_reason = $2, end_reason = NULL, ended_at = NULL, updated_at = $3 WHERE id = $1`, [run.id, hold, now]);
      return { runId: run.id, planned: 0 };
    }
    await manager.query(`UPDATE reminder_runs SET end_reason = NULL, ended_at = NULL, updated_at = $2 WHERE id = $1`, [run.id, now]);
    return { runId: run.id, planned: await this.planRemaining(manager, run) };
  }

  /** Ends the live run for good (e.g. a dispute upheld); the token is refunded when nothing had left. */
  async end(manager: EntityManager, invoiceId: string, reason: string): Promise<void> {
    const run = await this.runs.lockLiveRun(manager, invoiceId);
    if (run) await this.runs.endRunWithin(manager, run.creditor_siren, run.id, 'STOPPED', reason);
  }

  /** Plans the steps that never left, with the creditor's send hour and contact spacing; a missing contact address refuses (RemindersException). */
  private async planRemaining(manager: EntityManager, run: RunRow): Promise<number> {
    const now = this.clock.now();
    const invoice = await loadInvoiceContext(manager, run.invoice_id);
    if (!invoice) return 0;
    const plan = await this.runs.planFor(manager, run.creditor_siren, run.scenario.steps as ScenarioStep[], invoice, true);
    const existing = (await manager.query(`SELECT step_index AS "stepIndex", status FROM reminder_messages WHERE run_id = $1`, [run.id])) as { stepIndex: number; status: string }[];
    const done = (await Promise.all(this.doneStepsChecks.map((check) => check(manager, run.id)))).flat();
    const messages = replanRemaining(plan.messages, existing, done);
    await insertMessages(manager, run.id, run.invoice_id, messages, now);
    if (run.created_by) {
      const doneTasks = (await manager.query(`SELECT step_index FROM reminder_tasks WHERE run_id = $1 AND status IN ('DONE', 'SKIPPED')`, [run.id])) as { step_index: number }[];
      const done = new Set(doneTasks.map((task) => task.step_index));
      await this.callTasks.insertForRun(manager, { id: run.id, invoiceId: run.invoice_id, creditorSiren: run.creditor_siren, assigneeUserId: run.created_by }, plan.tasks.filter((task) => !done.has(task.stepIndex)), now);
    }
    if (messages.length === 0) {
      await manager.query(`UPDATE reminder_runs SET status = 'COMPLETED', end_reason = 'NOTHING_LEFT', paused_reason = NULL, ended_at = $2, updated_at = $2 WHERE id = $1`, [run.id, now]);
      return 0;
    }
    await manager.query(`UPDATE reminder_runs SET status = 'ACTIVE', paused_reason = NULL, updated_at = $2 WHERE id = $1`, [run.id, now]);
    return messages.length;
  }

}
