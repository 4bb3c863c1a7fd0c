import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { AuditActor } from '../audit/domain/audit-entry.js';
import { Actor } from '../auth/domain/actor.js';
import { InvoiceEventActor, recordInvoiceEvent } from '../invoices/invoice-events.js';
import { addressToSettlers } from '../notifications/creditor-settlers.js';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { RunHoldsService } from '../reminders/run-holds.service.js';
import { DebtorRepresentation } from './debtor-representation.js';
import { DISPUTE_COLUMNS, DisputeRow, toDisputeObject } from './dispute-row.js';
import { disputeOpenedNotice } from './domain/dispute-opened-notice.js';
import { checkDisputeReason, checkOpening, checkRulingReason, closeDispute, DisputeClosing, DisputeOpenedVia, DisputeRuling } from './domain/dispute-rules.js';
import { DisputeObject } from './dtos/dispute.dto.js';
import { DisputesException } from './disputes.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';
/** How the signed debtor page appears in the audit log: nobody is signed in there. */
export const DEBTOR_LINK_AUDIT_ACTOR: AuditActor = { kind: 'SYSTEM', label: 'lien débiteur signé' };

interface LockedInvoice {
  id: string;
  creditor_siren: string;
  debtor_siren: string;
  status: string;
}

/** Who opens: a signed-in debtor member, or the bearer of a valid signed link (checked by the caller). */
export type DisputeOpener = { via: 'DEBTOR_MEMBER'; actor: Actor } | { via: 'DEBTOR_LINK' };

/** A moderator's ruling, as the moderation feature (issue 6) passes it. */
export interface DisputeRulingInput {
  disputeId: string;
  ruling: DisputeRuling;
  reason: string;
  moderator: { userId: string; email: string };
}

/**
 * Disputes of invoices. Opening one, in one transaction: the invoice becomes DISPUTED, its pending
 * reminders are cancelled and its run paused, the timeline and the audit log record it. Closing one
 * (a moderator's ruling, or the debtor withdrawing) applies closeDispute's rules.
 */
@Injectable()
export class DisputesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly representation: DebtorRepresentation,
    private readonly holds: RunHoldsService,
    private readonly audit: AuditLogService,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A member of the debtor company disputes. A stranger to the invoice does not learn it exists. */
  async openAsMember(actor: Actor, invoiceId: string, rawReason: string): Promise<DisputeObject> {
    const [invoice] = UUID.test(invoiceId)
      ? ((await this.dataSource.query(`SELECT creditor_siren, debtor_siren FROM invoices WHERE id = $1`, [invoiceId])) as { creditor_siren: string; debtor_siren: string }[])
      : [];
    const company = actor.activeCompany?.siren;
    if (!invoice || (company !== invoice.creditor_siren && company !== invoice.debtor_siren)) throw DisputesException.invoiceNotFound();
    await this.representation.assertMaySpeakFor(actor, invoice.debtor_siren);
    return this.dataSource.transaction((manager) => this.openWithin(manager, invoiceId, rawReason, { via: 'DEBTOR_MEMBER', actor }));
  }

  /**
   * Opens inside the caller's transaction (the debtor page calls this after verifying its token).
   * The caller has checked who speaks; this checks the invoice and the reason.
   */
  async openWithin(manager: EntityManager, invoiceId: string, rawReason: string, opener: DisputeOpener): Promise<DisputeObject> {
    const checked = checkDisputeReason(rawReason);
    if (!checked.ok) throw DisputesException.refused(checked.refusal);
    const invoice = await this.lockInvoice(manager, invoiceId);
    const open = (await manager.query(`SELECT 1 FROM invoice_disputes WHERE invoice_id = $1 AND status = 'OPEN'`, [invoiceId])) as unknown[];
    const refusal = checkOpening(invoice, open.length > 0);
    if (refusal) throw DisputesException.refused(refusal);

    const now = this.clock.now();
    const userId = opener.via === 'DEBTOR_MEMBER' ? opener.actor.userId : null;
    let row: DisputeRow;
    try {
      [row] = (await manager.query(
        `INSERT INTO invoice_disputes (invoice_id, creditor_siren, debtor_siren, reason, status, opened_via, opened_by_user_id, opened_at, updated_at)
         VALUES ($1, $2, $3, $4, 'OPEN', $5, $6, $7, $7) RETURNING ${DISPUTE_COLUMNS}`,
        [invoiceId, invoice.creditor_siren, invoice.debtor_siren, checked.reason, opener.via satisfies DisputeOpenedVia, userId, now],
      )) as [DisputeRow];
    } catch (error) {
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) throw DisputesException.refused('DISPUTE_ALREADY_OPEN');
      throw error;
    }
    await manager.query(`UPDATE invoices SET status = 'DISPUTED', updated_at = $2 WHERE id = $1`, [invoiceId, now]);
    const pausedRunId = await this.holds.pause(manager, invoiceId, 'DISPUTE');
    await recordInvoiceEvent(manager, {
      invoiceId,
      kind: 'DISPUTE_OPENED',
      actor: opener.via,
      actorUserId: userId,
      details: { disputeId: row.id, reason: checked.reason },
      at: now,
    });
    await this.audit.record(manager, {
      actor: opener.via === 'DEBTOR_MEMBER' ? { kind: 'USER', userId: opener.actor.userId, email: opener.actor.email } : DEBTOR_LINK_AUDIT_ACTOR,
      action: 'INVOICE_DISPUTED',
      subjectType: 'INVOICE_DISPUTE',
      subjectId: row.id,
      reason: checked.reason,
      details: { invoiceId, openedVia: opener.via, pausedRunId },
    });
    await this.tellCreditor(manager, row, opener.via);
    return toDisputeObject(row);
  }

  /** The creditor's members who can act hear of the dispute, through the outbox (kept when no provider is configured). */
  private async tellCreditor(manager: EntityManager, dispute: DisputeRow, via: DisputeOpenedVia): Promise<void> {
    const [invoice] = (await manager.query(
      `SELECT i.number, i.amount_cents::text AS amount_cents, i.currency, d.name AS debtor_name FROM invoices i JOIN companies d ON d.siren = i.debtor_siren WHERE i.id = $1`,
      [dispute.invoice_id],
    )) as [{ number: string; amount_cents: string; currency: string; debtor_name: string }];
    const text = disputeOpenedNotice(
      { number: invoice.number, amountCents: Number(invoice.amount_cents), currency: invoice.currency, debtorName: invoice.debtor_name },
      { reason: dispute.reason, via },
      `${this.config.publicWebUrl}/espace/factures/${dispute.invoice_id}`,
    );
    await this.outbox.enqueue(manager, await addressToSettlers(manager, dispute.creditor_siren, { kind: 'INVOICE_DISPUTE_OPENED', ...text, subjectType: 'INVOICE_DISPUTE', subjectId: dispute.id }));
  }

  /** For the moderation feature: its own transaction. */
  async rule(input: DisputeRulingInput): Promise<DisputeObject> {
    return this.dataSource.transaction((manager) => this.ruleWithin(manager, input));
  }

  /**
   * A moderator's ruling inside the caller's transaction (the caller checks the moderator role).
   * UPHELD: the invoice stays DISPUTED and its run ends. REJECTED: the invoice is OPEN again; its
   * run stays paused until the creditor resumes it (resumeReminders).
   */
  async ruleWithin(manager: EntityManager, input: DisputeRulingInput): Promise<DisputeObject> {
    const checked = checkRulingReason(input.reason);
    if (!checked.ok) throw DisputesException.refused(checked.refusal);
    const actor: AuditActor = { kind: 'USER', userId: input.moderator.userId, email: input.moderator.email };
    return this.close(manager, input.disputeId, input.ruling, { event: 'MODERATOR', userId: input.moderator.userId, audit: actor, reason: checked.reason });
  }

  /** The debtor member who may speak for the company withdraws its dispute. */
  async withdrawAsMember(actor: Actor, disputeId: string): Promise<DisputeObject> {
    const [dispute] = UUID.test(disputeId) ? ((await this.dataSource.query(`SELECT debtor_siren FROM invoice_disputes WHERE id = $1`, [disputeId])) as { debtor_siren: string }[]) : [];
    if (!dispute || actor.activeCompany?.siren !== dispute.debtor_siren) throw DisputesException.disputeNotFound();
    await this.representation.assertMaySpeakFor(actor, dispute.debtor_siren);
    return this.dataSource.transaction((manager) =>
      this.close(manager, disputeId, 'WITHDRAWN', { event: 'DEBTOR_MEMBER', userId: actor.userId, audit: { kind: 'USER', userId: actor.userId, email: actor.email }, reason: null }),
    );
  }

  async get(disputeId: string): Promise<DisputeObject> {
    const [row] = UUID.test(disputeId) ? ((await this.dataSource.query(`SELECT ${DISPUTE_COLUMNS} FROM invoice_disputes WHERE id = $1`, [disputeId])) as DisputeRow[]) : [];
    if (!row) throw DisputesException.disputeNotFound();
    return toDisputeObject(row);
  }

  /** Every dispute of an invoice, newest first (for the invoice's creditor, the debtor and moderators; callers check who asks). */
  async ofInvoice(invoiceId: string): Promise<DisputeObject[]> {
    if (!UUID.test(invoiceId)) return [];
    const rows = (await this.dataSource.query(`SELECT ${DISPUTE_COLUMNS} FROM invoice_disputes WHERE invoice_id = $1 ORDER BY opened_at DESC, id`, [invoiceId])) as DisputeRow[];
    return rows.map(toDisputeObject);
  }

  /** The hold disputes place on reminders (registered with RunHoldsService). */
  async holdOn(manager: EntityManager, invoiceId: string): Promise<'DISPUTE' | null> {
    const open = (await manager.query(`SELECT 1 FROM invoice_disputes WHERE invoice_id = $1 AND status = 'OPEN'`, [invoiceId])) as unknown[];
    return open.length > 0 ? 'DISPUTE' : null;
  }

  private async close(
    manager: EntityManager,
    disputeId: string,
    to: DisputeClosing,
    by: { event: InvoiceEventActor; userId: string; audit: AuditActor; reason: string | null },
  ): Promise<DisputeObject> {
    if (!UUID.test(disputeId)) throw DisputesException.disputeNotFound();
    const [found] = (await manager.query(`SELECT invoice_id FROM invoice_disputes WHERE id = $1`, [disputeId])) as { invoice_id: string }[];
    if (!found) throw DisputesException.disputeNotFound();
    // Invoice first, then dispute: the same lock order as opening, so the two cannot deadlock.
    const invoice = await this.lockInvoice(manager, found.invoice_id);
    const [dispute] = (await manager.query(`SELECT ${DISPUTE_COLUMNS} FROM invoice_disputes WHERE id = $1 FOR UPDATE`, [disputeId])) as [DisputeRow];
    const closing = closeDispute(dispute, invoice, to);
    if (!closing.ok) throw DisputesException.refused(closing.refusal);
    const now = this.clock.now();
    const [updated] = (await manager.query(
      `UPDATE invoice_disputes SET status = $2, ruling_reason = $3, ruled_by_user_id = $4, closed_at = $5, updated_at = $5 WHERE id = $1 RETURNING ${DISPUTE_COLUMNS}`,
      [disputeId, to, by.reason, to === 'WITHDRAWN' ? null : by.userId, now],
    )) as [DisputeRow[], number];
    if (closing.outcome.invoiceStatus !== invoice.status) {
      await manager.query(`UPDATE invoices SET status = $2, updated_at = $3 WHERE id = $1`, [invoice.id, closing.outcome.invoiceStatus, now]);
    }
    if (closing.outcome.reminders === 'END') await this.holds.end(manager, invoice.id, 'DISPUTE_UPHELD');
    await recordInvoiceEvent(manager, { invoiceId: invoice.id, kind: `DISPUTE_${to}`, actor: by.event, actorUserId: by.userId, details: { disputeId, reason: by.reason }, at: now });
    await this.audit.record(manager, {
      actor: by.audit,
      action: `INVOICE_DISPUTE_${to}`,
      subjectType: 'INVOICE_DISPUTE',
      subjectId: disputeId,
      reason: by.reason,
      details: { invoiceId: invoice.id, from: 'OPEN', to, invoiceStatus: closing.outcome.invoiceStatus },
    });
    return toDisputeObject(updated[0]!);
  }

  private async lockInvoice(manager: EntityManager, invoiceId: string): Promise<LockedInvoice> {
    if (!UUID.test(invoiceId)) throw DisputesException.invoiceNotFound();
    const [invoice] = (await manager.query(`SELECT id, creditor_siren, debtor_siren, status FROM invoices WHERE id = $1 FOR UPDATE`, [invoiceId])) as LockedInvoice[];
    if (!invoice) throw DisputesException.invoiceNotFound();
    return invoice;
  }
}
