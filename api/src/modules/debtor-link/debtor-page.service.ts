import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { DisputesService } from '../disputes/disputes.service.js';
import { DisputeObject } from '../disputes/dtos/dispute.dto.js';
import { daysBetween, parisDate } from '../invoices/domain/calendar-date.js';
import { checkPayment } from '../invoices/domain/settlement.js';
import { InvoiceStatus } from '../invoices/domain/invoice-status.js';
import { recordInvoiceEvent } from '../invoices/invoice-events.js';
import { addressToSettlers, CreditorNotice } from '../notifications/creditor-settlers.js';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { MessageContextService } from '../reminders/message-context.service.js';
import { RunHoldsService } from '../reminders/run-holds.service.js';
import { DECLARATION_COLUMNS, DeclarationRow, PLAN_COLUMNS, PlanRow, toDeclarationObject, toPlanObject } from './debtor-request-rows.js';
import { DebtorLinkException, DebtorLinkExceptionCode } from './debtor-link.exception.js';
import { NoticeInvoice, paymentDeclaredNotice, planProposedNotice, requestsPageUrl } from './domain/creditor-notices.js';
import { refusalOf } from './domain/debtor-actions.js';
import { verifyLinkToken } from './domain/link-token.js';
import { checkPaymentPlan } from './domain/payment-plan.js';
import { DebtorInvoicePageObject, DeclaredPaymentObject, InstalmentInput, PaymentPlanObject } from './dtos/debtor-page.dto.js';

const NOTE_MAX = 1_000;

interface PageInvoiceRow {
  id: string;
  creditor_siren: string;
  number: string;
  amount_cents: string;
  currency: string;
  issue_date: string;
  due_date: string;
  status: string;
  creditor_name: string;
  debtor_name: string;
  payment_url: string | null;
  payment_instructions: string | null;
}

const PAGE_SELECT = `
  SELECT i.id, i.creditor_siren, i.number, i.amount_cents::text AS amount_cents, i.currency, i.issue_date::text AS issue_date,
         i.due_date::text AS due_date, i.status, cr.name AS creditor_name, d.name AS debtor_name, s.payment_url, s.payment_instructions
    FROM invoices i
    JOIN companies cr ON cr.siren = i.creditor_siren
    JOIN companies d ON d.siren = i.debtor_siren
    LEFT JOIN creditor_payment_settings s ON s.creditor_siren = i.creditor_siren
   WHERE i.id = $1`;

/**
 * The debtor's side of the signed link: no account, the token is the only credential. Every action
 * verifies the token, locks the invoice, checks what the page allows, writes its row, pauses the
 * reminders and records the invoice event, in one transaction.
 */
@Injectable()
export class DebtorPageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly holds: RunHoldsService,
    private readonly messageContext: MessageContextService,
    private readonly disputes: DisputesService,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(token: string): Promise<DebtorInvoicePageObject> {
    const { invoiceId, expiresAt } = this.verify(token);
    const invoice = await this.load(this.dataSource.manager, invoiceId, false);
    const now = this.clock.now();
    const today = parisDate(now);
    const [declaration] = (await this.dataSource.query(`SELECT ${DECLARATION_COLUMNS} FROM declared_payments WHERE invoice_id = $1 AND status = 'PENDING'`, [invoiceId])) as DeclarationRow[];
    const [plan] = (await this.dataSource.query(`SELECT ${PLAN_COLUMNS} FROM payment_plans WHERE invoice_id = $1 AND status = 'PROPOSED'`, [invoiceId])) as PlanRow[];
    const [dispute] = (await this.dataSource.query(`SELECT reason FROM invoice_disputes WHERE invoice_id = $1 AND status = 'OPEN'`, [invoiceId])) as { reason: string }[];
    const score = await this.messageContext.scoreFigures(invoice, now, 'NONE');
    return {
      creditorName: invoice.creditor_name,
      debtorName: invoice.debtor_name,
      invoiceNumber: invoice.number,
      amountCents: Number(invoice.amount_cents),
      currency: invoice.currency,
      dueDate: invoice.due_date,
      daysLate: invoice.status === InvoiceStatus.OPEN ? Math.max(0, daysBetween(invoice.due_date, today)) : 0,
      status: invoice.status,
      paymentUrl: invoice.payment_url,
      paymentInstructions: invoice.payment_instructions,
      currentScore: score.currentScore,
      scoreGainIfPaidToday: Math.max(0, score.scoreGain),
      linkExpiresAt: expiresAt,
      pendingDeclaration: declaration ? toDeclarationObject(declaration) : null,
      proposedPlan: plan ? toPlanObject(plan) : null,
      openDisputeReason: dispute?.reason ?? null,
    };
  }

  /** "I have paid": the creditor is asked to confirm; reminders pause meanwhile. */
  async declarePayment(token: string, rawPaidOn: string, rawNote: string | null | undefined): Promise<DeclaredPaymentObject> {
    const { invoiceId } = this.verify(token);
    const note = rawNote?.trim() || null;
    if (note && note.length > NOTE_MAX) throw new DebtorLinkException(DebtorLinkExceptionCode.NOTE_TOO_LONG, 'La note fait 1 000 caractères au plus.', { field: 'note' });
    return this.dataSource.transaction(async (manager) => {
      const invoice = await this.lockForAction(manager, invoiceId, 'DECLARE_PAYMENT');
      const now = this.clock.now();
      const payment = checkPayment({ status: InvoiceStatus.OPEN, issueDate: invoice.issue_date }, rawPaidOn, parisDate(now));
      if (!payment.ok) throw new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_DATE_INVALID, payment.error.message, { field: 'paidOn' });
      const [row] = (await manager.query(
        `INSERT INTO declared_payments (invoice_id, creditor_siren, paid_on, note, status, declared_at) VALUES ($1, $2, $3, $4, 'PENDING', $5) RETURNING ${DECLARATION_COLUMNS}`,
        [invoiceId, invoice.creditor_siren, payment.paidAt, note, now],
      )) as [DeclarationRow];
      await this.holds.pause(manager, invoiceId, 'PAYMENT_DECLARED');
      await recordInvoiceEvent(manager, { invoiceId, kind: 'PAYMENT_DECLARED', actor: 'DEBTOR_LINK', actorUserId: null, details: { declarationId: row.id, paidOn: payment.paidAt, note }, at: now });
      const text = paymentDeclaredNotice(noticeInvoice(invoice), { paidOn: payment.paidAt, note }, requestsPageUrl(this.config.publicWebUrl));
      await this.tellCreditor(manager, invoice, { kind: 'DEBTOR_PAYMENT_DECLARED', ...text, subjectType: 'DECLARED_PAYMENT', subjectId: row.id });
      return toDeclarationObject(row);
    });
  }

  /** Instalments summing to the amount; reminders pause until the creditor accepts or declines. */
  async proposePlan(token: string, drafts: readonly InstalmentInput[]): Promise<PaymentPlanObject> {
    const { invoiceId } = this.verify(token);
    return this.dataSource.transaction(async (manager) => {
      const invoice = await this.lockForAction(manager, invoiceId, 'PROPOSE_PLAN');
      const now = this.clock.now();
      const plan = checkPaymentPlan(drafts, { amountCents: Number(invoice.amount_cents), today: parisDate(now) });
      if (!plan.ok) throw new DebtorLinkException(DebtorLinkExceptionCode.PAYMENT_PLAN_INVALID, plan.message, { field: plan.field });
      const [row] = (await manager.query(
        `INSERT INTO payment_plans (invoice_id, creditor_siren, instalments, status, proposed_at) VALUES ($1, $2, $3::jsonb, 'PROPOSED', $4) RETURNING ${PLAN_COLUMNS}`,
        [invoiceId, invoice.creditor_siren, JSON.stringify(plan.instalments), now],
      )) as [PlanRow];
      await this.holds.pause(manager, invoiceId, 'PAYMENT_PLAN_PROPOSED');
      await recordInvoiceEvent(manager, { invoiceId, kind: 'PAYMENT_PLAN_PROPOSED', actor: 'DEBTOR_LINK', actorUserId: null, details: { planId: row.id, instalments: plan.instalments }, at: now });
      const text = planProposedNotice(noticeInvoice(invoice), plan.instalments, requestsPageUrl(this.config.publicWebUrl));
      await this.tellCreditor(manager, invoice, { kind: 'DEBTOR_PAYMENT_PLAN_PROPOSED', ...text, subjectType: 'PAYMENT_PLAN', subjectId: row.id });
      return toPlanObject(row);
    });
  }

  /** The debtor disputes through the link: the same rules and effects (the creditor's notice included) as a member's dispute. */
  async dispute(token: string, reason: string): Promise<DisputeObject> {
    const { invoiceId } = this.verify(token);
    return this.dataSource.transaction(async (manager) => {
      await this.lockForAction(manager, invoiceId, 'DISPUTE');
      return this.disputes.openWithin(manager, invoiceId, reason, { via: 'DEBTOR_LINK' });
    });
  }

  /** In the action's transaction, through the outbox: the request and the notice about it commit together. */
  private async tellCreditor(manager: EntityManager, invoice: PageInvoiceRow, notice: CreditorNotice): Promise<void> {
    await this.outbox.enqueue(manager, await addressToSettlers(manager, invoice.creditor_siren, notice));
  }

  private verify(token: string): { invoiceId: string; expiresAt: Date } {
    const check = verifyLinkToken(token, this.config.debtorLink.secret, this.clock.now());
    if (check.ok) return check;
    throw check.refusal === 'LINK_EXPIRED' ? DebtorLinkException.expiredLink() : DebtorLinkException.invalidLink();
  }

  private async lockForAction(manager: EntityManager, invoiceId: string, action: 'DECLARE_PAYMENT' | 'PROPOSE_PLAN' | 'DISPUTE'): Promise<PageInvoiceRow> {
    const invoice = await this.load(manager, invoiceId, true);
    const pending = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM declared_payments WHERE invoice_id = $1 AND status = 'PENDING') AS declared,
              EXISTS (SELECT 1 FROM payment_plans WHERE invoice_id = $1 AND status = 'PROPOSED') AS planned`,
      [invoiceId],
    )) as [{ declared: boolean; planned: boolean }];
    const refusal = refusalOf({ invoiceStatus: invoice.status, pendingDeclaration: pending[0].declared, proposedPlan: pending[0].planned }, action);
    if (refusal === 'INVOICE_NOT_OPEN') throw DebtorLinkException.notOpen();
    if (refusal === 'REQUEST_PENDING') throw DebtorLinkException.requestPending();
    return invoice;
  }

  /** A valid signature names an invoice that existed; a deleted one is an invalid link. */
  private async load(manager: EntityManager, invoiceId: string, lock: boolean): Promise<PageInvoiceRow> {
    const [invoice] = (await manager.query(`${PAGE_SELECT}${lock ? ' FOR UPDATE OF i' : ''}`, [invoiceId])) as PageInvoiceRow[];
    if (!invoice) throw DebtorLinkException.invalidLink();
    return invoice;
  }
}

function noticeInvoice(invoice: PageInvoiceRow): NoticeInvoice {
  return { number: invoice.number, amountCents: Number(invoice.amount_cents), currency: invoice.currency, debtorName: invoice.debtor_name };
}
