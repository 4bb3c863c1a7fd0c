import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { requireActiveCreditor, requireCreditor } from '../auth/domain/require-creditor.js';
import { CompanyVerification } from '../claims/company-verification.js';
import { daysBetween, parisDate } from '../invoices/domain/calendar-date.js';
import { CreditorReliabilityService } from './creditor-reliability.service.js';
import { publicationRefusal, InvoiceState, ultimatumDeadline, warnsOfPublication } from './domain/publication-eligibility.js';
import { nextPublicationStatus, PublicationStatus } from './domain/publication-status.js';
import { normalizeReply } from './domain/reply-check.js';
import { PublicationObject, PublicPublicationObject } from './dtos/publication.dto.js';
import { PublicationNotices } from './publication-notices.js';
import { loadPublication, PublicationRow, PUBLICATION_SELECT, TimelineSnapshot, toPublicationObject } from './publication-reads.js';
import { PublicationsException, PublicationsExceptionCode, refusal } from './publications.exception.js';
import { cleanText } from '../../common/clean-text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A settled publication leaves the public page at the latest this long after payment (issue 6). */
export const SETTLED_VISIBLE_HOURS = 48;

interface InvoiceFacts {
  id: string;
  status: InvoiceState;
  creditor_siren: string;
  debtor_siren: string;
  number: string;
  amount_cents: string;
  currency: string;
  issue_date: string;
  due_date: string;
}

interface MessageFacts {
  id: string;
  channel: string;
  tone: string;
  status: string;
  scheduled_at: Date;
  sent_at: Date | null;
  delivered_at: Date | null;
  subject: string | null;
  body: string | null;
  deadline_days: number | null;
}

/**
 * Publication requests from the creditor's side and the debtor's answers (issue 6). Every state
 * change lands in the audit log and the parties' notices in the outbox, in the same transaction.
 */
@Injectable()
export class PublicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: CompanyVerification,
    private readonly reliability: CreditorReliabilityService,
    private readonly notices: PublicationNotices,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(actor: Actor, invoiceId: string, rawStatement: string, evidenceId: string): Promise<PublicationObject> {
    const { siren } = requireActiveCreditor(actor, 'SETTLE_INVOICES');
    const statement = cleanText(rawStatement);
    if (statement.length < 1 || statement.length > 2_000) {
      throw new PublicationsException(PublicationsExceptionCode.STATEMENT_INVALID, 'Expliquez votre demande aux modérateurs (1 à 2 000 caractères).', { field: 'statement' });
    }
    const now = this.clock.now();
    const today = parisDate(now);
    const id = await this.dataSource.transaction(async (manager) => {
      const invoice = await this.lockInvoice(manager, invoiceId, siren);
      const messages = (await manager.query(
        `SELECT id, channel, tone, status, scheduled_at, sent_at, delivered_at, subject, body, deadline_days
           FROM reminder_messages WHERE invoice_id = $1 ORDER BY scheduled_at, step_index, id`,
        [invoice.id],
      )) as MessageFacts[];
      const ultimatums = messages
        .filter((m) => m.tone === 'ULTIMATUM')
        .map((m) => ({ message: m, fact: { status: m.status, sentOn: m.sent_at ? parisDate(m.sent_at) : null, deadlineDays: m.deadline_days, warnedOfPublication: warnsOfPublication(m.body) } }));
      const [open] = (await manager.query(`SELECT 1 FROM publications WHERE invoice_id = $1 AND status IN ('REQUESTED', 'APPROVED')`, [invoice.id])) as unknown[];
      const refused = publicationRefusal({
        creditorVerified: await this.verification.isVerifiedMember(manager, actor.userId, siren),
        invoiceStatus: invoice.status,
        dueDate: invoice.due_date,
        today,
        disputed: await this.isDisputed(manager, invoice.id),
        ultimatums: ultimatums.map((u) => u.fact),
        alreadyPublishedOrRequested: open !== undefined,
      });
      if (refused) throw refusal(PublicationsExceptionCode[refused]);

      await this.claimEvidence(manager, evidenceId, siren);
      // The earliest sent notice is the one whose deadline passed (publicationRefusal's rule).
      const sent = ultimatums
        .map((u) => ({ ...u, deadline: ultimatumDeadline(u.fact) }))
        .filter((u): u is typeof u & { deadline: string } => u.deadline !== null)
        .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))[0]!;
      const record = await this.reliability.of(manager, siren);
      const answerUntil = new Date(now.getTime() + this.config.publications.answerDays * 86_400_000);
      const timeline: TimelineSnapshot[] = messages.map((m) => ({
        channel: m.channel,
        tone: m.tone,
        status: m.status,
        scheduledAt: m.scheduled_at.toISOString(),
        sentAt: m.sent_at?.toISOString() ?? null,
        deliveredAt: m.delivered_at?.toISOString() ?? null,
        subject: m.subject,
        body: m.body,
      }));
      const [row] = (await manager.query(
        `INSERT INTO publications (invoice_id, creditor_siren, debtor_siren, statement, invoice_number, amount_cents, currency, issue_date, due_date,
                                   ultimatum_message_id, ultimatum_sent_at, ultimatum_deadline, timeline, evidence_id, requested_by, requested_at,
                                   answer_until, approvals_required, creditor_weight, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $16) RETURNING id`,
        [invoice.id, siren, invoice.debtor_siren, statement, invoice.number, invoice.amount_cents, invoice.currency, invoice.issue_date, invoice.due_date,
          sent.message.id, sent.message.sent_at, sent.deadline, JSON.stringify(timeline), evidenceId, actor.userId, now, answerUntil,
          record.needsSecondModerator ? 2 : 1, record.weight],
      )) as { id: string }[];
      const publicationId = row!.id;
      await this.audit.record(manager, {
        actor: { kind: 'USER', userId: actor.userId, email: actor.email },
        action: 'PUBLICATION_REQUESTED',
        subjectType: 'PUBLICATION',
        subjectId: publicationId,
        details: { invoiceId: invoice.id, creditorSiren: siren, debtorSiren: invoice.debtor_siren, amountCents: Number(invoice.amount_cents), to: 'REQUESTED', approvalsRequired: record.needsSecondModerator ? 2 : 1 },
      });
      await this.notices.send(manager, 'REQUESTED', (await loadPublication(manager, publicationId))!, null);
      return publicationId;
    });
    return toPublicationObject((await loadPublication(this.dataSource.manager, id))!);
  }

  /** The creditor takes its request or publication back. An approved one's score effect stays (it was a moderated fact). */
  async withdraw(actor: Actor, publicationId: string, rawReason: string): Promise<PublicationObject> {
    const { siren } = requireCreditor(actor, 'SETTLE_INVOICES');
    const reason = this.reason(rawReason);
    await this.dataSource.transaction(async (manager) => {
      const publication = await this.lock(manager, publicationId);
      if (publication.creditor_siren !== siren) throw PublicationsException.notFound();
      await this.transition(manager, publication, 'WITHDRAW', { kind: 'USER', userId: actor.userId, email: actor.email }, reason, 'PUBLICATION_WITHDRAWN');
      await this.notices.send(manager, 'WITHDRAWN', publication, reason);
    });
    return toPublicationObject((await loadPublication(this.dataSource.manager, publicationId))!);
  }

  /** The debtor lets moderation decide before the end of its answer period. */
  async waiveAnswerPeriod(actor: Actor, publicationId: string): Promise<PublicationObject> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const publication = await this.lockForDebtor(manager, actor, publicationId);
      if (publication.status !== 'REQUESTED') throw refusal(PublicationsExceptionCode.NOT_PENDING);
      await manager.query(`UPDATE publications SET debtor_waived_at = COALESCE(debtor_waived_at, $2), updated_at = $2 WHERE id = $1`, [publication.id, now]);
      await this.audit.record(manager, { actor: { kind: 'USER', userId: actor.userId, email: actor.email }, action: 'PUBLICATION_ANSWER_PERIOD_WAIVED', subjectType: 'PUBLICATION', subjectId: publication.id });
    });
    return toPublicationObject((await loadPublication(this.dataSource.manager, publicationId))!);
  }

  /** One public reply per publication, editable while the publication is pending or shown. */
  async reply(actor: Actor, publicationId: string, rawText: string): Promise<PublicationObject> {
    const checked = normalizeReply(rawText);
    if ('refusal' in checked) throw refusal(PublicationsExceptionCode[checked.refusal], { field: 'text' });
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const publication = await this.lockForDebtor(manager, actor, publicationId);
      if (!['REQUESTED', 'APPROVED', 'SETTLED'].includes(publication.status)) {
        throw new PublicationsException(PublicationsExceptionCode.REPLY_CLOSED, 'Cette publication est close : elle ne peut plus recevoir de réponse.');
      }
      const [existing] = (await manager.query(`SELECT 1 FROM publication_replies WHERE publication_id = $1`, [publication.id])) as unknown[];
      await manager.query(
        `INSERT INTO publication_replies (publication_id, author_user_id, text, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (publication_id) DO UPDATE SET text = EXCLUDED.text, author_user_id = EXCLUDED.author_user_id, updated_at = EXCLUDED.updated_at`,
        [publication.id, actor.userId, checked.text, now],
      );
      await this.audit.record(manager, {
        actor: { kind: 'USER', userId: actor.userId, email: actor.email },
        action: existing ? 'PUBLICATION_REPLY_EDITED' : 'PUBLICATION_REPLIED',
        subjectType: 'PUBLICATION',
        subjectId: publication.id,
      });
    });
    return toPublicationObject((await loadPublication(this.dataSource.manager, publicationId))!);
  }

  /** The active creditor's requests and publications, newest first. */
  async mine(actor: Actor, first: number | null | undefined, after: string | null | undefined): Promise<{ nodes: PublicationObject[]; endCursor: string | null; hasNextPage: boolean }> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    return this.page(`p.creditor_siren = $1`, [siren], first, after);
  }

  /** Verified members of a company: every request about it, whatever its state, newest first. */
  async aboutCompany(actor: Actor, siren: string, first: number | null | undefined, after: string | null | undefined): Promise<{ nodes: PublicationObject[]; endCursor: string | null; hasNextPage: boolean }> {
    await this.verification.assertVerifiedMember(this.dataSource.manager, actor.userId, siren, "Seuls les membres vérifiés de l'entreprise voient les demandes de publication la concernant.");
    return this.page(`p.debtor_siren = $1`, [siren], first, after);
  }

  /** What anyone may see: approved publications, and settled ones for at most 48 hours after payment. */
  async publicOf(siren: string, first: number | null | undefined): Promise<PublicPublicationObject[]> {
    const limit = pageSize(first);
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `${PUBLICATION_SELECT}
        WHERE p.debtor_siren = $1
          AND (p.status = 'APPROVED' OR (p.status = 'SETTLED' AND p.hidden_at IS NULL AND p.settled_at > $2::timestamptz - interval '${SETTLED_VISIBLE_HOURS} hours'))
        ORDER BY p.approved_at DESC, p.id LIMIT $3`,
      [siren, now, limit],
    )) as PublicationRow[];
    const today = parisDate(now);
    return rows.map((row) => ({
      id: row.id,
      creditor: { siren: row.creditor_siren, name: row.creditor_name },
      amountCents: Number(row.amount_cents),
      currency: row.currency,
      dueDate: row.due_date,
      daysUnpaid: Math.max(0, daysBetween(row.due_date, row.settled_at ? parisDate(row.settled_at) : today)),
      publishedAt: row.approved_at!,
      status: row.status,
      settledAt: row.settled_at,
      reply: row.reply_text !== null ? { text: row.reply_text, createdAt: row.reply_created_at!, updatedAt: row.reply_updated_at! } : null,
    }));
  }

  /** Moves a locked publication along the state machine and records it. */
  async transition(
    manager: EntityManager,
    publication: PublicationRow,
    event: Parameters<typeof nextPublicationStatus>[1],
    actor: { kind: 'USER'; userId: string; email: string } | { kind: 'SYSTEM'; label: string },
    reason: string,
    action: string,
    endReason: string = reason,
  ): Promise<PublicationStatus> {
    const next = nextPublicationStatus(publication.status as PublicationStatus, event);
    if (!next) throw new PublicationsException(PublicationsExceptionCode.NOT_ACTIVE, `Impossible depuis l'état ${publication.status}.`, { status: publication.status });
    const now = this.clock.now();
    const ends = next === 'WITHDRAWN' || next === 'REMOVED' || next === 'REJECTED';
    await manager.query(
      `UPDATE publications SET status = $2, updated_at = $3, ended_at = CASE WHEN $4 THEN $3 ELSE ended_at END, end_reason = CASE WHEN $4 THEN $5 ELSE end_reason END,
              settled_at = CASE WHEN $2 = 'SETTLED' THEN $3 ELSE settled_at END
        WHERE id = $1`,
      [publication.id, next, now, ends, endReason],
    );
    await this.audit.record(manager, { actor, action, subjectType: 'PUBLICATION', subjectId: publication.id, reason, details: { from: publication.status, to: next } });
    return next;
  }

  async lock(manager: EntityManager, publicationId: string): Promise<PublicationRow> {
    if (!UUID.test(publicationId)) throw PublicationsException.notFound();
    await manager.query(`SELECT 1 FROM publications WHERE id = $1 FOR UPDATE`, [publicationId]);
    const row = await loadPublication(manager, publicationId);
    if (!row) throw PublicationsException.notFound();
    return row;
  }

  /** An open dispute (or an upheld one, which leaves the invoice DISPUTED for good) blocks and freezes publication. */
  async isDisputed(manager: EntityManager, invoiceId: string): Promise<boolean> {
    const [row] = (await manager.query(
      `SELECT i.status = 'DISPUTED' OR EXISTS (SELECT 1 FROM invoice_disputes d WHERE d.invoice_id = i.id AND d.status = 'OPEN') AS disputed
         FROM invoices i WHERE i.id = $1`,
      [invoiceId],
    )) as { disputed: boolean }[];
    return row?.disputed ?? false;
  }

  private async lockForDebtor(manager: EntityManager, actor: Actor, publicationId: string): Promise<PublicationRow> {
    const publication = await this.lock(manager, publicationId);
    await this.verification.assertVerifiedMember(manager, actor.userId, publication.debtor_siren, "Seul un membre vérifié de l'entreprise concernée peut agir sur cette publication (claimCompany).");
    return publication;
  }

  private async lockInvoice(manager: EntityManager, invoiceId: string, creditorSiren: string): Promise<InvoiceFacts> {
    if (!UUID.test(invoiceId)) throw new PublicationsException(PublicationsExceptionCode.INVOICE_NOT_FOUND, 'Facture introuvable.');
    const [invoice] = (await manager.query(
      `SELECT id, status, creditor_siren, debtor_siren, number, amount_cents::text AS amount_cents, currency, issue_date::text AS issue_date, due_date::text AS due_date
         FROM invoices WHERE id = $1 AND creditor_siren = $2 FOR UPDATE`,
      [invoiceId, creditorSiren],
    )) as InvoiceFacts[];
    if (!invoice) throw new PublicationsException(PublicationsExceptionCode.INVOICE_NOT_FOUND, 'Facture introuvable.');
    return invoice;
  }

  private async claimEvidence(manager: EntityManager, evidenceId: string, creditorSiren: string): Promise<void> {
    const [evidence] = UUID.test(evidenceId)
      ? ((await manager.query(
          `SELECT e.id, EXISTS (SELECT 1 FROM publications p WHERE p.evidence_id = e.id) AS used
             FROM publication_evidence e WHERE e.id = $1 AND e.creditor_siren = $2 FOR UPDATE`,
          [evidenceId, creditorSiren],
        )) as { id: string; used: boolean }[])
      : [];
    if (!evidence) throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_NOT_FOUND, 'Pièce introuvable : envoyez d’abord la facture en PDF (POST /publications/evidence).', { field: 'evidenceId' });
    if (evidence.used) throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_ALREADY_USED, 'Cette pièce accompagne déjà une autre demande.', { field: 'evidenceId' });
  }

  private reason(raw: string): string {
    const reason = cleanText(raw);
    if (reason.length < 3 || reason.length > 2_000) {
      throw new PublicationsException(PublicationsExceptionCode.REASON_REQUIRED, 'Indiquez un motif (3 à 2 000 caractères).', { field: 'reason' });
    }
    return reason;
  }

  private async page(where: string, params: unknown[], first: number | null | undefined, after: string | null | undefined): Promise<{ nodes: PublicationObject[]; endCursor: string | null; hasNextPage: boolean }> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows = (await this.dataSource.query(
      `${PUBLICATION_SELECT} WHERE ${where} AND ($2::timestamptz IS NULL OR (p.requested_at, p.id) < ($2::timestamptz, $3::uuid))
        ORDER BY p.requested_at DESC, p.id DESC LIMIT $4`,
      [...params, cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, limit + 1],
    )) as PublicationRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { nodes: page.map(toPublicationObject), hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.requested_at.toISOString(), last.id]) : null };
  }
}
