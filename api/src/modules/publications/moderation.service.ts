import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { requirePlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { ScoreEventsRecorder } from '../scores/score-events.recorder.js';
import { CreditorReliabilityService } from './creditor-reliability.service.js';
import { DisputeRulingsService } from './dispute-rulings.service.js';
import { decide } from './domain/publication-decision.js';
import { PublicationReviewConnection, PublicationReviewObject } from './dtos/publication.dto.js';
import { PublicationNotices } from './publication-notices.js';
import { loadPublication, PublicationRow, PUBLICATION_SELECT, toPublicationObject } from './publication-reads.js';
import { PublicationsException, PublicationsExceptionCode, refusal } from './publications.exception.js';
import { PublicationsService } from './publications.service.js';
import { cleanText } from '../../common/clean-text.js';

/**
 * The moderation console (issue 6): the queue of requests with everything needed to judge them,
 * and the decision. Approval records the PUBLICATION_APPROVED score event, weighted by the
 * creditor's reliability at that moment; every decision goes to the audit log and to both parties.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: PublicationsService,
    private readonly reliability: CreditorReliabilityService,
    private readonly recorder: ScoreEventsRecorder,
    private readonly notices: PublicationNotices,
    private readonly audit: AuditLogService,
    private readonly rulings: DisputeRulingsService,
    private readonly clock: Clock,
  ) {}

  /** Requests waiting for a decision, oldest first. */
  async queue(moderator: Actor, first: number | null | undefined, after: string | null | undefined): Promise<PublicationReviewConnection> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows = (await this.dataSource.query(
      `${PUBLICATION_SELECT} WHERE p.status = 'REQUESTED' AND ($1::timestamptz IS NULL OR (p.requested_at, p.id) > ($1::timestamptz, $2::uuid))
        ORDER BY p.requested_at, p.id LIMIT $3`,
      [cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, limit + 1],
    )) as PublicationRow[];
    const page = rows.slice(0, limit);
    const edges = [];
    for (const row of page) edges.push({ cursor: encodeCursor([row.requested_at.toISOString(), row.id]), node: await this.toReview(this.dataSource.manager, row) });
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async review(moderator: Actor, publicationId: string): Promise<PublicationReviewObject> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const row = /^[0-9a-f-]{36}$/i.test(publicationId) ? await loadPublication(this.dataSource.manager, publicationId) : null;
    if (!row) throw PublicationsException.notFound();
    return this.toReview(this.dataSource.manager, row);
  }

  async decide(moderator: Actor, publicationId: string, approve: boolean, rawReason: string): Promise<PublicationReviewObject> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const reason = this.reason(rawReason);
    const now = this.clock.now();
    const actor = { kind: 'USER' as const, userId: moderator.userId, email: moderator.email };
    await this.dataSource.transaction(async (manager) => {
      const publication = await this.publications.lock(manager, publicationId);
      const [involved] = (await manager.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND company_siren IN ($2, $3)`, [
        moderator.userId,
        publication.creditor_siren,
        publication.debtor_siren,
      ])) as unknown[];
      const verdict = decide({
        status: publication.status,
        approve,
        now,
        answerUntil: publication.answer_until,
        debtorWaived: publication.debtor_waived_at !== null,
        disputeOpen: await this.publications.isDisputed(manager, publication.invoice_id),
        approvalsRequired: publication.approvals_required,
        firstApprovalBy: publication.first_approval_by,
        moderatorId: moderator.userId,
        moderatorInvolved: involved !== undefined,
      });
      if ('refusal' in verdict) throw refusal(PublicationsExceptionCode[verdict.refusal]);

      switch (verdict.outcome) {
        case 'FIRST_APPROVAL':
          await manager.query(`UPDATE publications SET first_approval_by = $2, first_approval_at = $3, first_approval_reason = $4, updated_at = $3 WHERE id = $1`, [
            publication.id,
            moderator.userId,
            now,
            reason,
          ]);
          await this.audit.record(manager, { actor, action: 'PUBLICATION_FIRST_APPROVAL', subjectType: 'PUBLICATION', subjectId: publication.id, reason, details: { approvalsRequired: 2 } });
          return;
        case 'APPROVED': {
          await this.publications.transition(manager, publication, 'APPROVE', actor, reason, 'PUBLICATION_APPROVED');
          await manager.query(`UPDATE publications SET approved_at = $2, decided_by = $3, decided_at = $2, decision_reason = $4 WHERE id = $1`, [publication.id, now, moderator.userId, reason]);
          const weight = await this.reliability.weightOf(manager, publication.creditor_siren);
          await this.recorder.record(manager, {
            companySiren: publication.debtor_siren,
            kind: 'PUBLICATION_APPROVED',
            date: parisDate(now),
            publicationId: publication.id,
            invoiceId: publication.invoice_id,
            creditorId: publication.creditor_siren,
            amountCents: Number(publication.amount_cents),
            ...(weight < 1 ? { creditorReliability: weight } : {}),
          });
          await this.notices.send(manager, 'APPROVED', publication, reason);
          return;
        }
        case 'REJECTED':
          await this.publications.transition(manager, publication, 'REJECT', actor, reason, 'PUBLICATION_REJECTED');
          await manager.query(`UPDATE publications SET decided_by = $2, decided_at = $3, decision_reason = $4 WHERE id = $1`, [publication.id, moderator.userId, now, reason]);
          await this.notices.send(manager, 'REJECTED', publication, reason);
          return;
      }
    });
    return this.review(moderator, publicationId);
  }

  /**
   * Takes a shown publication down (an error, an abuse): REMOVED with PUBLICATION_REMOVED, so it
   * has no score effect at all; both parties are told why.
   */
  async remove(moderator: Actor, publicationId: string, rawReason: string): Promise<PublicationReviewObject> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const reason = this.reason(rawReason);
    await this.dataSource.transaction(async (manager) => {
      const publication = await this.publications.lock(manager, publicationId);
      await this.publications.transition(manager, publication, 'MODERATOR_REMOVED', { kind: 'USER', userId: moderator.userId, email: moderator.email }, reason, 'PUBLICATION_REMOVED');
      await this.recorder.record(manager, { companySiren: publication.debtor_siren, kind: 'PUBLICATION_REMOVED', date: parisDate(this.clock.now()), publicationId: publication.id });
      await this.notices.send(manager, 'REMOVED', publication, reason);
    });
    return this.review(moderator, publicationId);
  }

  /** Takes down a debtor's reply that the automatic check let through (a person's name, an accusation); the debtor may write another. */
  async removeReply(moderator: Actor, publicationId: string, rawReason: string): Promise<PublicationReviewObject> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const reason = this.reason(rawReason);
    await this.dataSource.transaction(async (manager) => {
      const publication = await this.publications.lock(manager, publicationId);
      const deleted = (await manager.query(`DELETE FROM publication_replies WHERE publication_id = $1 RETURNING publication_id`, [publication.id])) as unknown[];
      if (returnedCount(deleted) === 0) throw new PublicationsException(PublicationsExceptionCode.REPLY_NOT_FOUND, 'Cette publication n’a pas de réponse.');
      await this.audit.record(manager, { actor: { kind: 'USER', userId: moderator.userId, email: moderator.email }, action: 'PUBLICATION_REPLY_REMOVED', subjectType: 'PUBLICATION', subjectId: publication.id, reason });
    });
    return this.review(moderator, publicationId);
  }

  private reason(raw: string): string {
    const reason = cleanText(raw);
    if (reason.length < 3 || reason.length > 2_000) {
      throw new PublicationsException(PublicationsExceptionCode.REASON_REQUIRED, 'Motivez la décision (3 à 2 000 caractères) : elle est transmise aux deux parties.', { field: 'reason' });
    }
    return reason;
  }

  private async toReview(manager: EntityManager, row: PublicationRow): Promise<PublicationReviewObject> {
    const disputeOpen = await this.publications.isDisputed(manager, row.invoice_id);
    const answerOver = row.debtor_waived_at !== null || this.clock.now().getTime() >= row.answer_until.getTime();
    return {
      ...toPublicationObject(row),
      creditorReliability: await this.reliability.of(manager, row.creditor_siren),
      disputeOpen,
      dispute: await this.rulings.latestOf(manager, row.invoice_id),
      readyForDecision: row.status === 'REQUESTED' && answerOver && !disputeOpen,
      firstApprovalBy: row.first_approval_label,
    };
  }
}

/** DELETE … RETURNING through TypeORM answers [rows, count]. */
function returnedCount(result: unknown): number {
  return Array.isArray(result) && result.length === 2 && typeof result[1] === 'number' ? result[1] : Array.isArray(result) ? result.length : 0;
}
