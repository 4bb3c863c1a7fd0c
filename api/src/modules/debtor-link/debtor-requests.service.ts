import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { recordInvoiceEvent } from '../invoices/invoice-events.js';
import { InvoicesService } from '../invoices/invoices.service.js';
import { loadInvoiceContext } from '../reminders/invoice-context.js';
import { RunHoldsService } from '../reminders/run-holds.service.js';
import { creditorReason, DECLARATION_COLUMNS, DeclarationRow, lockRequestOf, PLAN_COLUMNS, PlanRow, toDeclarationObject, toPlanObject, traceCreditorAnswer } from './debtor-request-rows.js';
import { DebtorLinkException, DebtorLinkExceptionCode } from './debtor-link.exception.js';
import { instalmentSteps } from './domain/payment-plan.js';
import { DebtorRequestsObject, DeclaredPaymentObject, PaymentPlanObject } from './dtos/debtor-page.dto.js';
import { PlanInstalmentsService } from './plan-instalments.service.js';

const MAX_LISTED = 200;

/**
 * The creditor's answers to what debtors asked on their page. Each answer, in one transaction:
 * invoice locked first (the order every writer of an invoice follows), the request row moved out of
 * its pending state, the reminders updated, the timeline and the audit log written.
 */
@Injectable()
export class DebtorRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoices: InvoicesService,
    private readonly holds: RunHoldsService,
    private readonly audit: AuditLogService,
    private readonly instalments: PlanInstalmentsService,
    private readonly clock: Clock,
  ) {}

  async pending(creditorSiren: string): Promise<DebtorRequestsObject> {
    const declarations = (await this.dataSource.query(
      `SELECT ${DECLARATION_COLUMNS} FROM declared_payments WHERE creditor_siren = $1 AND status = 'PENDING' ORDER BY declared_at, id LIMIT ${MAX_LISTED}`,
      [creditorSiren],
    )) as DeclarationRow[];
    const plans = (await this.dataSource.query(`SELECT ${PLAN_COLUMNS} FROM payment_plans WHERE creditor_siren = $1 AND status = 'PROPOSED' ORDER BY proposed_at, id LIMIT ${MAX_LISTED}`, [
      creditorSiren,
    ])) as PlanRow[];
    return { declaredPayments: declarations.map(toDeclarationObject), paymentPlans: plans.map(toPlanObject), missedInstalments: await this.instalments.missed(creditorSiren, MAX_LISTED) };
  }

  /** The invoice becomes PAID at the date the debtor declared (retroactive): score and THANKS follow as for any payment. */
  async confirmDeclaration(creditorSiren: string, actor: Actor, declarationId: string): Promise<DeclaredPaymentObject> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockDeclaration(manager, creditorSiren, declarationId);
      await this.invoices.markPaidWithin(manager, creditorSiren, row.invoice_id, row.paid_on);
      return this.decideDeclaration(manager, actor, row, 'CONFIRMED', null);
    });
  }

  /** The reminders resume from today unless something else still holds them. */
  async rejectDeclaration(creditorSiren: string, actor: Actor, declarationId: string, rawReason: string | null | undefined): Promise<DeclaredPaymentObject> {
    const reason = creditorReason(rawReason);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockDeclaration(manager, creditorSiren, declarationId);
      const decided = await this.decideDeclaration(manager, actor, row, 'REJECTED', reason);
      await this.holds.resumeIfFree(manager, row.invoice_id);
      return decided;
    });
  }

  /** The instalment reminders replace the scenario's. */
  async acceptPlan(creditorSiren: string, actor: Actor, planId: string): Promise<PaymentPlanObject> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockPlan(manager, creditorSiren, planId);
      const invoice = (await loadInvoiceContext(manager, row.invoice_id))!;
      if (invoice.status !== 'OPEN') throw DebtorLinkException.notOpen();
      const steps = instalmentSteps(row.instalments, { email: invoice.contact_email, phone: invoice.contact_phone }, invoice.currency);
      const decided = await this.decidePlan(manager, actor, row, 'ACCEPTED', null);
      const { runId, planned, replacedRunId } = await this.holds.replaceWithPlan(manager, { id: row.invoice_id, creditorSiren }, actor.userId, steps);
      await this.instalments.startFollowing(manager, row, runId, replacedRunId);
      await recordInvoiceEvent(manager, { invoiceId: row.invoice_id, kind: 'PAYMENT_PLAN_RUN_STARTED', actor: 'SYSTEM', actorUserId: null, details: { planId, runId, messages: planned }, at: this.clock.now() });
      return decided;
    });
  }

  async declinePlan(creditorSiren: string, actor: Actor, planId: string, rawReason: string | null | undefined): Promise<PaymentPlanObject> {
    const reason = creditorReason(rawReason);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockPlan(manager, creditorSiren, planId);
      const decided = await this.decidePlan(manager, actor, row, 'DECLINED', reason);
      await this.holds.resumeIfFree(manager, row.invoice_id);
      return decided;
    });
  }

  private async decideDeclaration(manager: EntityManager, actor: Actor, row: DeclarationRow, to: 'CONFIRMED' | 'REJECTED', reason: string | null): Promise<DeclaredPaymentObject> {
    const now = this.clock.now();
    const [[updated]] = (await manager.query(
      `UPDATE declared_payments SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5 WHERE id = $1 RETURNING ${DECLARATION_COLUMNS}`,
      [row.id, to, actor.userId, now, reason],
    )) as [[DeclarationRow], number];
    await this.trace(manager, actor, row.invoice_id, `DECLARED_PAYMENT_${to}`, 'DECLARED_PAYMENT', row.id, reason, { paidOn: row.paid_on });
    return toDeclarationObject(updated);
  }

  private async decidePlan(manager: EntityManager, actor: Actor, row: PlanRow, to: 'ACCEPTED' | 'DECLINED', reason: string | null): Promise<PaymentPlanObject> {
    const now = this.clock.now();
    const [[updated]] = (await manager.query(`UPDATE payment_plans SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5 WHERE id = $1 RETURNING ${PLAN_COLUMNS}`, [
      row.id,
      to,
      actor.userId,
      now,
      reason,
    ])) as [[PlanRow], number];
    await this.trace(manager, actor, row.invoice_id, `PAYMENT_PLAN_${to}`, 'PAYMENT_PLAN', row.id, reason, { instalments: row.instalments.length });
    return toPlanObject(updated);
  }

  private trace(manager: EntityManager, actor: Actor, invoiceId: string, kind: string, subjectType: string, subjectId: string, reason: string | null, details: Record<string, unknown>): Promise<void> {
    return traceCreditorAnswer(manager, this.audit, actor, { invoiceId, kind, subjectType, subjectId, reason, details, at: this.clock.now() });
  }

  private async lockDeclaration(manager: EntityManager, creditorSiren: string, id: string): Promise<DeclarationRow> {
    const row = await lockRequestOf<DeclarationRow>(manager, 'declared_payments', DECLARATION_COLUMNS, creditorSiren, id);
    if (!row) throw new DebtorLinkException(DebtorLinkExceptionCode.DECLARATION_NOT_FOUND, 'Paiement déclaré introuvable.');
    if (row.status !== 'PENDING') throw new DebtorLinkException(DebtorLinkExceptionCode.DECLARATION_NOT_PENDING, 'Ce paiement déclaré a déjà reçu une réponse.');
    return row;
  }

  private async lockPlan(manager: EntityManager, creditorSiren: string, id: string): Promise<PlanRow> {
    const row = await lockRequestOf<PlanRow>(manager, 'payment_plans', PLAN_COLUMNS, creditorSiren, id);
    if (!row) throw DebtorLinkException.planNotFound();
    if (row.status !== 'PROPOSED') throw new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_PLAN_NOT_PROPOSED, 'Cet échéancier a déjà reçu une réponse.');
    return row;
  }
}
