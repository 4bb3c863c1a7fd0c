import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { InvoiceStatus } from '../invoices/domain/invoice-status.js';
import { checkPayment } from '../invoices/domain/settlement.js';
import { InvoicesService } from '../invoices/invoices.service.js';
import { PENDING_STATUSES } from '../reminders/domain/message-status.js';
import { returnedRows } from '../reminders/message-rows.js';
import { ReminderRunsService } from '../reminders/reminder-runs.service.js';
import { RunHoldsService } from '../reminders/run-holds.service.js';
import { creditorReason, lockRequestOf, PLAN_COLUMNS, PlanRow, toPlanObject, traceCreditorAnswer } from './debtor-request-rows.js';
import { DebtorLinkException, DebtorLinkExceptionCode } from './debtor-link.exception.js';
import { instalmentToConfirm, PlanInstalmentState, planSettledOn } from './domain/instalments.js';
import { PaymentPlanObject } from './dtos/debtor-page.dto.js';
import { PlanInstalmentObject } from './dtos/plan-instalment.dto.js';

interface InstalmentRow {
  plan_id: string;
  invoice_id: string;
  invoice_number: string;
  instalment_index: number;
  count: number;
  due_date: string;
  amount_cents: string;
  paid_on: string | null;
  missed_at: Date | null;
  plan_status: string;
}

const INSTALMENT_SELECT = `
  SELECT pi.plan_id, p.invoice_id, i.number AS invoice_number, pi.instalment_index, jsonb_array_length(p.instalments) AS count,
         pi.due_date::text AS due_date, pi.amount_cents::text AS amount_cents, pi.paid_on::text AS paid_on, pi.missed_at, p.status AS plan_status
    FROM payment_plan_instalments pi
    JOIN payment_plans p ON p.id = pi.plan_id
    JOIN invoices i ON i.id = p.invoice_id`;

const PENDING_SQL = PENDING_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * For RunHoldsService.registerDoneStepsCheck: the steps of a plan's run whose instalment the creditor
 * confirmed received (step i is instalment i). Their reminder was withdrawn, or cancelled by a pause
 * meanwhile: planning the run again (a resume, a new due date) must not bring it back.
 */
export async function confirmedInstalmentSteps(manager: EntityManager, runId: string): Promise<number[]> {
  const rows = (await manager.query(
    `SELECT pi.instalment_index FROM payment_plan_instalments pi JOIN payment_plans p ON p.id = pi.plan_id WHERE p.run_id = $1 AND pi.paid_on IS NOT NULL`,
    [runId],
  )) as { instalment_index: number }[];
  return rows.map((row) => row.instalment_index);
}

/**
 * Following an accepted payment plan: its instalments, the creditor confirming each one received, and
 * ending a plan the debtor does not keep. A missed instalment (flagged by the worker's
 * MissedInstalmentsService) changes nothing by itself: the reminders of the instalments ahead go on,
 * and the creditor decides. Each answer runs in one transaction, invoice locked first.
 */
@Injectable()
export class PlanInstalmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoices: InvoicesService,
    private readonly runs: ReminderRunsService,
    private readonly holds: RunHoldsService,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
  ) {}

  /**
   * The plan was just accepted: its instalments are written to be followed, with its runs. Accepted
   * over an earlier accepted plan (the debtor proposed anew), it supersedes it: the earlier one ENDS,
   * and the scenario's run it had replaced stays the one to resume, not the earlier plan's run.
   */
  async startFollowing(manager: EntityManager, plan: PlanRow, runId: string, replacedRunId: string | null): Promise<void> {
    const [superseded] = returnedRows<{ replaced_run_id: string | null }>(
      await manager.query(`UPDATE payment_plans SET status = 'ENDED' WHERE invoice_id = $1 AND status = 'ACCEPTED' AND id <> $2 RETURNING replaced_run_id`, [plan.invoice_id, plan.id]),
    );
    const scenarioRunId = superseded ? superseded.replaced_run_id : replacedRunId;
    await manager.query(`UPDATE payment_plans SET run_id = $2, replaced_run_id = $3 WHERE id = $1`, [plan.id, runId, scenarioRunId]);
    await manager.query(
      `INSERT INTO payment_plan_instalments (plan_id, instalment_index, due_date, amount_cents)
       SELECT $1, (t.ordinality - 1)::integer, (t.value->>'dueDate')::date, (t.value->>'amountCents')::bigint
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(value, ordinality)`,
      [plan.id, JSON.stringify(plan.instalments)],
    );
  }

  /** Missed and still unconfirmed, on the creditor's open invoices under an accepted plan. */
  async missed(creditorSiren: string, limit: number): Promise<PlanInstalmentObject[]> {
    const rows = (await this.dataSource.query(
      `${INSTALMENT_SELECT}
        WHERE p.creditor_siren = $1 AND p.status = 'ACCEPTED' AND i.status = 'OPEN' AND pi.missed_at IS NOT NULL AND pi.paid_on IS NULL
        ORDER BY pi.due_date, pi.plan_id, pi.instalment_index LIMIT ${limit}`,
      [creditorSiren],
    )) as InstalmentRow[];
    return rows.map(toInstalmentObject);
  }

  /**
   * The creditor received an instalment: it is recorded at its date and its reminder, if still to
   * leave, withdrawn. The last one settles the plan: the invoice is PAID at the latest payment date
   * (score, THANKS and the end of the reminders follow as for any payment).
   */
  async confirm(creditorSiren: string, actor: Actor, planId: string, number: number, rawPaidOn: string): Promise<PlanInstalmentObject> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockAccepted(manager, creditorSiren, planId);
      const [invoice] = (await manager.query(`SELECT status, issue_date::text AS issue_date FROM invoices WHERE id = $1`, [plan.invoice_id])) as [{ status: InvoiceStatus; issue_date: string }];
      const instalments = await this.states(manager, plan.id);
      const target = instalmentToConfirm(instalments, number);
      if (!target.ok) {
        throw target.refusal === 'INSTALMENT_NOT_FOUND'
          ? new DebtorLinkException(DebtorLinkExceptionCode.INSTALMENT_NOT_FOUND, `Cet échéancier n'a pas d'échéance n° ${number}.`, { field: 'number' })
          : new DebtorLinkException(DebtorLinkExceptionCode.INSTALMENT_ALREADY_PAID, `L'échéance n° ${number} est déjà confirmée.`);
      }
      const payment = checkPayment({ status: invoice.status, issueDate: invoice.issue_date }, rawPaidOn, parisDate(this.clock.now()));
      if (!payment.ok) {
        if (payment.error.field === null) throw DebtorLinkException.notOpen();
        throw new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_DATE_INVALID, payment.error.message, { field: 'paidOn' });
      }
      const now = this.clock.now();
      await manager.query(`UPDATE payment_plan_instalments SET paid_on = $3, confirmed_by = $4, confirmed_at = $5 WHERE plan_id = $1 AND instalment_index = $2`, [
        plan.id,
        target.index,
        payment.paidAt,
        actor.userId,
        now,
      ]);
      const done = instalments[target.index]!;
      await traceCreditorAnswer(manager, this.audit, actor, {
        invoiceId: plan.invoice_id,
        kind: 'INSTALMENT_PAID',
        subjectType: 'PAYMENT_PLAN',
        subjectId: plan.id,
        reason: null,
        details: { number, count: instalments.length, dueDate: done.dueDate, amountCents: done.amountCents, paidOn: payment.paidAt },
        at: now,
      });
      instalments[target.index] = { ...done, paidOn: payment.paidAt };
      const settledOn = planSettledOn(instalments);
      if (settledOn) {
        // As any payment: what is pending is withdrawn, the run ends (INVOICE_PAID) and THANKS is planned.
        await manager.query(`UPDATE payment_plans SET status = 'COMPLETED' WHERE id = $1`, [plan.id]);
        await this.invoices.markPaidWithin(manager, creditorSiren, plan.invoice_id, settledOn);
      } else {
        await this.withdrawReminder(manager, plan, target.index);
      }
      const [row] = (await manager.query(`${INSTALMENT_SELECT} WHERE pi.plan_id = $1 AND pi.instalment_index = $2`, [plan.id, target.index])) as [InstalmentRow];
      return toInstalmentObject(row);
    });
  }

  /**
   * The creditor gives up on the plan (after a missed instalment, typically): its reminders stop and
   * the scenario's run it replaced comes back, its steps still ahead planned from today
   * (RunHoldsService.restoreReplaced). The invoice stays due in full, less nothing: instalments
   * already received are on its timeline for the creditor to account for.
   */
  async end(creditorSiren: string, actor: Actor, planId: string, rawReason: string | null | undefined): Promise<PaymentPlanObject> {
    const reason = creditorReason(rawReason);
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockAccepted(manager, creditorSiren, planId);
      const [invoice] = (await manager.query(`SELECT status FROM invoices WHERE id = $1`, [plan.invoice_id])) as [{ status: string }];
      if (invoice.status !== InvoiceStatus.OPEN) throw DebtorLinkException.notOpen();
      const live = await this.runs.lockLiveRun(manager, plan.invoice_id);
      if (live && live.id === plan.run_id) await this.runs.endRunWithin(manager, creditorSiren, live.id, 'STOPPED', 'PAYMENT_PLAN_ENDED');
      const resumed = plan.replaced_run_id ? await this.holds.restoreReplaced(manager, plan.replaced_run_id) : null;
      const [[updated]] = (await manager.query(`UPDATE payment_plans SET status = 'ENDED' WHERE id = $1 RETURNING ${PLAN_COLUMNS}`, [plan.id])) as [[PlanRow], number];
      await traceCreditorAnswer(manager, this.audit, actor, {
        invoiceId: plan.invoice_id,
        kind: 'PAYMENT_PLAN_ENDED',
        subjectType: 'PAYMENT_PLAN',
        subjectId: plan.id,
        reason,
        details: { resumedRunId: resumed?.runId ?? null, messagesPlanned: resumed?.planned ?? 0 },
        at: this.clock.now(),
      });
      return toPlanObject(updated);
    });
  }

  private async lockAccepted(manager: EntityManager, creditorSiren: string, planId: string): Promise<PlanRow> {
    const plan = await lockRequestOf<PlanRow>(manager, 'payment_plans', PLAN_COLUMNS, creditorSiren, planId);
    if (!plan) throw DebtorLinkException.planNotFound();
    if (plan.status !== 'ACCEPTED') throw new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_PLAN_NOT_ACCEPTED, 'Cet échéancier n’est pas en cours : rien à confirmer ni à arrêter.');
    return plan;
  }

  private async states(manager: EntityManager, planId: string): Promise<PlanInstalmentState[]> {
    const rows = (await manager.query(
      `SELECT due_date::text AS due_date, amount_cents::text AS amount_cents, paid_on::text AS paid_on FROM payment_plan_instalments WHERE plan_id = $1 ORDER BY instalment_index FOR UPDATE`,
      [planId],
    )) as { due_date: string; amount_cents: string; paid_on: string | null }[];
    return rows.map((row) => ({ dueDate: row.due_date, amountCents: Number(row.amount_cents), paidOn: row.paid_on }));
  }

  /** The instalment's reminder is the plan run's step of the same index; withdrawn if it has not left (the run completes if that was its last). */
  private async withdrawReminder(manager: EntityManager, plan: PlanRow, index: number): Promise<void> {
    if (!plan.run_id) return;
    const now = this.clock.now();
    await manager.query(`UPDATE reminder_messages SET status = 'CANCELLED', last_error = 'INSTALMENT_PAID', updated_at = $3 WHERE run_id = $1 AND step_index = $2 AND status IN (${PENDING_SQL})`, [
      plan.run_id,
      index,
      now,
    ]);
    await this.runs.completeIfNothingLeftWithin(manager, plan.run_id);
  }
}

function toInstalmentObject(row: InstalmentRow): PlanInstalmentObject {
  return {
    planId: row.plan_id,
    invoiceId: row.invoice_id,
    invoiceNumber: row.invoice_number,
    number: row.instalment_index + 1,
    count: Number(row.count),
    dueDate: row.due_date,
    amountCents: Number(row.amount_cents),
    paidOn: row.paid_on,
    missedAt: row.missed_at,
    planStatus: row.plan_status,
  };
}
