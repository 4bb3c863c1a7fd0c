import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { Actor } from '../auth/domain/actor.js';
import { requirePlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { CompanyVerification } from '../claims/company-verification.js';
import { DISPUTE_COLUMNS, DisputeRow, toDisputeObject } from '../disputes/dispute-row.js';
import { DisputesService } from '../disputes/disputes.service.js';
import { DisputeObject } from '../disputes/dtos/dispute.dto.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { ScoreEventsRecorder } from '../scores/score-events.recorder.js';
import { CreditorReliabilityService } from './creditor-reliability.service.js';
import { DisputeEvidenceService } from './dispute-evidence.service.js';
import { DisputeReviewConnection } from './dtos/dispute-review.dto.js';
import { PublicationNotices } from './publication-notices.js';
import { refusal, PublicationsExceptionCode } from './publications.exception.js';
import { PublicationsService } from './publications.service.js';

interface DisputeQueueRow extends DisputeRow {
  invoice_number: string;
  amount_cents: string;
  due_date: string;
  creditor_name: string;
  debtor_name: string;
  publication_id: string | null;
}

/**
 * A moderator's ruling on a dispute (issue 6), around DisputesService.ruleWithin in one
 * transaction. Upheld: the debtor won — INVOICE_DISPUTE_WON erases the invoice's score effect, and
 * every publication of the invoice is REMOVED with PUBLICATION_REMOVED (no effect at all), which
 * counts against the creditor's reliability. Rejected: the invoice is open again, the creditor may
 * resume its reminders and its frozen publication request goes on to moderation.
 */
@Injectable()
export class DisputeRulingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly disputes: DisputesService,
    private readonly publications: PublicationsService,
    private readonly reliability: CreditorReliabilityService,
    private readonly recorder: ScoreEventsRecorder,
    private readonly notices: PublicationNotices,
    private readonly outbox: NotificationOutbox,
    private readonly verification: CompanyVerification,
    private readonly evidence: DisputeEvidenceService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rule(moderator: Actor, disputeId: string, upheld: boolean, reason: string): Promise<DisputeObject> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const existing = await this.disputes.get(disputeId);
    return this.dataSource.transaction(async (manager) => {
      const [dispute] = (await manager.query(`SELECT creditor_siren, debtor_siren FROM invoice_disputes WHERE id = $1`, [existing.id])) as { creditor_siren: string; debtor_siren: string }[];
      const [involved] = (await manager.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND company_siren IN ($2, $3)`, [moderator.userId, dispute!.creditor_siren, dispute!.debtor_siren])) as unknown[];
      if (involved !== undefined) throw refusal(PublicationsExceptionCode.CONFLICT_OF_INTEREST);
      const ruled = await this.disputes.ruleWithin(manager, { disputeId, ruling: upheld ? 'UPHELD' : 'REJECTED', reason, moderator: { userId: moderator.userId, email: moderator.email } });
      if (upheld) await this.debtorWon(manager, moderator, ruled, dispute!.debtor_siren);
      await this.tellParties(manager, ruled, dispute!.creditor_siren, dispute!.debtor_siren);
      return ruled;
    });
  }

  /** Moderators: open disputes, oldest first. */
  async queue(moderator: Actor, first: number | null | undefined, after: string | null | undefined): Promise<DisputeReviewConnection> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows = (await this.dataSource.query(
      `SELECT ${DISPUTE_COLUMNS.split(', ').map((c) => `d.${c}`).join(', ')}, i.number AS invoice_number, i.amount_cents::text AS amount_cents,
              i.due_date::text AS due_date, cr.name AS creditor_name, db.name AS debtor_name,
              (SELECT p.id FROM publications p WHERE p.invoice_id = d.invoice_id AND p.status IN ('REQUESTED', 'APPROVED', 'SETTLED') LIMIT 1) AS publication_id
         FROM invoice_disputes d JOIN invoices i ON i.id = d.invoice_id
         JOIN companies cr ON cr.siren = d.creditor_siren JOIN companies db ON db.siren = d.debtor_siren
        WHERE d.status = 'OPEN' AND ($1::timestamptz IS NULL OR (d.opened_at, d.id) > ($1::timestamptz, $2::uuid))
        ORDER BY d.opened_at, d.id LIMIT $3`,
      [cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, limit + 1],
    )) as DisputeQueueRow[];
    const page = rows.slice(0, limit);
    const edges = [];
    for (const row of page) {
      edges.push({
        cursor: encodeCursor([row.opened_at.toISOString(), row.id]),
        node: {
          dispute: toDisputeObject(row),
          invoiceNumber: row.invoice_number,
          amountCents: Number(row.amount_cents),
          dueDate: row.due_date,
          creditor: { siren: row.creditor_siren, name: row.creditor_name },
          debtor: { siren: row.debtor_siren, name: row.debtor_name },
          publicationId: row.publication_id,
          creditorReliability: await this.reliability.of(this.dataSource.manager, row.creditor_siren),
          evidence: await this.evidence.listOf(this.dataSource.manager, row.id),
        },
      });
    }
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** The latest dispute of an invoice (for the publication console), or null. */
  async latestOf(manager: EntityManager, invoiceId: string): Promise<DisputeObject | null> {
    const [row] = (await manager.query(`SELECT ${DISPUTE_COLUMNS} FROM invoice_disputes WHERE invoice_id = $1 ORDER BY opened_at DESC, id LIMIT 1`, [invoiceId])) as DisputeRow[];
    return row ? toDisputeObject(row) : null;
  }

  private async debtorWon(manager: EntityManager, moderator: Actor, dispute: DisputeObject, debtorSiren: string): Promise<void> {
    const today = parisDate(this.clock.now());
    await this.recorder.record(manager, { companySiren: debtorSiren, kind: 'INVOICE_DISPUTE_WON', date: today, invoiceId: dispute.invoiceId });
    const open = (await manager.query(`SELECT id FROM publications WHERE invoice_id = $1 AND status IN ('REQUESTED', 'APPROVED', 'SETTLED')`, [dispute.invoiceId])) as { id: string }[];
    for (const { id } of open) {
      const publication = await this.publications.lock(manager, id);
      await this.publications.transition(manager, publication, 'DISPUTE_UPHELD', { kind: 'USER', userId: moderator.userId, email: moderator.email }, dispute.rulingReason ?? '', 'PUBLICATION_REMOVED', 'DISPUTE_UPHELD');
      if (publication.approved_at !== null) {
        await this.recorder.record(manager, { companySiren: debtorSiren, kind: 'PUBLICATION_REMOVED', date: today, publicationId: publication.id });
      }
      await this.notices.send(manager, 'REMOVED', publication, dispute.rulingReason);
    }
  }

  private async tellParties(manager: EntityManager, dispute: DisputeObject, creditorSiren: string, debtorSiren: string): Promise<void> {
    const [invoice] = (await manager.query(`SELECT number FROM invoices WHERE id = $1`, [dispute.invoiceId])) as { number: string }[];
    const to = [...(await this.verification.verifiedMemberEmails(manager, creditorSiren)), ...(await this.verification.verifiedMemberEmails(manager, debtorSiren))];
    const upheld = dispute.status === 'UPHELD';
    await this.outbox.enqueue(
      manager,
      to.map((address) => ({
        kind: upheld ? 'DISPUTE_UPHELD' : 'DISPUTE_REJECTED',
        to: address,
        subject: `Contestation de la facture ${invoice!.number} : ${upheld ? 'fondée' : 'rejetée'}`,
        body: `Bonjour,\n\nLa modération a ${upheld ? 'donné raison au débiteur' : 'rejeté la contestation'} pour la facture ${invoice!.number}.\nMotif : ${dispute.rulingReason ?? ''}\n\n${upheld ? "La facture et ses éventuelles publications n'ont plus d'effet sur le score." : 'La facture redevient exigible ; le créancier peut reprendre ses relances.'}\n\n${this.config.publicWebUrl}\n\nBonpayeur`,
        subjectType: 'INVOICE_DISPUTE',
        subjectId: dispute.id,
      })),
    );
  }
}
