import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { CommonException, CommonExceptionCode } from '../../common/errors/common.exception.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { CompanyVerification } from '../claims/company-verification.js';
import { validateSiren } from '../companies/domain/siren.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { CreditorReliabilityService } from '../publications/creditor-reliability.service.js';
import { ScoreEventsRecorder } from '../scores/score-events.recorder.js';
import { normalizeRecommendationMessage, RECOMMENDATION_MAX_LENGTH, recommendationRefusal, RecommendationRefusal } from './domain/recommendation-rules.js';
import { RecommendationConnection, RecommendationObject } from './dtos/recommendation.dto.js';
import { RecommendationsException, RecommendationsExceptionCode } from './recommendations.exception.js';

interface RecommendationRow {
  id: string;
  creditor_siren: string;
  creditor_name: string;
  debtor_siren: string;
  debtor_name: string;
  message: string;
  status: string;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT r.id, r.creditor_siren, cr.name AS creditor_name, r.debtor_siren, db.name AS debtor_name, r.message, r.status, r.created_at, r.updated_at
  FROM recommendations r JOIN companies cr ON cr.siren = r.creditor_siren JOIN companies db ON db.siren = r.debtor_siren`;

const REFUSALS: Record<RecommendationRefusal, string> = {
  SELF_RECOMMENDATION: 'Une entreprise ne peut pas se recommander elle-même.',
  CREDITOR_NOT_VERIFIED: "Faites d'abord vérifier votre rattachement à votre entreprise (claimCompany) : une recommandation est publique et porte son nom.",
  NO_INVOICE_WITH_DEBTOR: "Vous ne pouvez recommander qu'un client à qui vous avez adressé au moins une facture.",
};

/**
 * Recommendations (issue 6): one ACTIVE per creditor and debtor, editable and withdrawable. Giving
 * one records a RECOMMENDATION score event (the engine counts it only once that creditor was paid
 * by the debtor, capped); withdrawing records RECOMMENDATION_WITHDRAWN. Editing the text records
 * nothing: the recommendation's weight keeps decaying from when it was given.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: CompanyVerification,
    private readonly recorder: ScoreEventsRecorder,
    private readonly reliability: CreditorReliabilityService,
    private readonly audit: AuditLogService,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async recommend(actor: Actor, rawSiren: string, rawMessage: string): Promise<RecommendationObject> {
    const { siren: creditorSiren } = requireCreditor(actor, 'CREATE_INVOICES');
    const debtorSiren = validateSiren(rawSiren);
    const message = normalizeRecommendationMessage(rawMessage);
    if (message === null) {
      throw new RecommendationsException(RecommendationsExceptionCode.MESSAGE_INVALID, `Le message doit comporter entre 1 et ${RECOMMENDATION_MAX_LENGTH} caractères.`, { field: 'message' });
    }
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const [facts] = (await manager.query(
        `SELECT (SELECT count(*)::int FROM invoices WHERE creditor_siren = $1 AND debtor_siren = $2 AND status <> 'CANCELLED') AS invoices,
                EXISTS (SELECT 1 FROM companies WHERE siren = $2) AS debtor_exists`,
        [creditorSiren, debtorSiren],
      )) as { invoices: number; debtor_exists: boolean }[];
      if (!facts?.debtor_exists) throw new RecommendationsException(RecommendationsExceptionCode.COMPANY_NOT_FOUND, 'Entreprise introuvable.');
      const refusal = recommendationRefusal({
        creditorSiren,
        debtorSiren,
        creditorVerified: await this.verification.isVerifiedMember(manager, actor.userId, creditorSiren),
        invoicesWithDebtor: facts.invoices,
      });
      if (refusal) throw new RecommendationsException(RecommendationsExceptionCode[refusal], REFUSALS[refusal]);

      // Serialises concurrent recommend calls of one creditor for one debtor (one ACTIVE row).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('recommendation:' || $1 || ':' || $2))`, [creditorSiren, debtorSiren]);
      const [existing] = (await manager.query(
        `SELECT id FROM recommendations WHERE creditor_siren = $1 AND debtor_siren = $2 AND status = 'ACTIVE'`,
        [creditorSiren, debtorSiren],
      )) as { id: string }[];
      const who = { kind: 'USER' as const, userId: actor.userId, email: actor.email };
      if (existing) {
        await manager.query(`UPDATE recommendations SET message = $2, updated_at = $3, author_user_id = $4 WHERE id = $1`, [existing.id, message, now, actor.userId]);
        await this.audit.record(manager, { actor: who, action: 'RECOMMENDATION_EDITED', subjectType: 'RECOMMENDATION', subjectId: existing.id, details: { creditorSiren, debtorSiren } });
        return existing.id;
      }
      const [row] = (await manager.query(
        `INSERT INTO recommendations (creditor_siren, debtor_siren, message, author_user_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
        [creditorSiren, debtorSiren, message, actor.userId, now],
      )) as { id: string }[];
      const [score] = (await manager.query(`SELECT value::float8 AS value FROM company_scores WHERE siren = $1`, [creditorSiren])) as { value: number }[];
      // A creditor whose reports moderation often overturned vouches with less weight too.
      const weight = await this.reliability.weightOf(manager, creditorSiren);
      await this.recorder.record(manager, {
        companySiren: debtorSiren,
        kind: 'RECOMMENDATION',
        date: parisDate(now),
        creditorId: creditorSiren,
        recommenderScore: score?.value ?? null,
        ...(weight < 1 ? { creditorReliability: weight } : {}),
      });
      await this.audit.record(manager, { actor: who, action: 'RECOMMENDATION_GIVEN', subjectType: 'RECOMMENDATION', subjectId: row!.id, details: { creditorSiren, debtorSiren } });
      await this.tellDebtor(manager, row!.id, creditorSiren, debtorSiren);
      return row!.id;
    });
    return (await this.byId(id))!;
  }

  async withdraw(actor: Actor, rawSiren: string): Promise<RecommendationObject> {
    const { siren: creditorSiren } = requireCreditor(actor, 'CREATE_INVOICES');
    const debtorSiren = validateSiren(rawSiren);
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT id FROM recommendations WHERE creditor_siren = $1 AND debtor_siren = $2 AND status = 'ACTIVE' FOR UPDATE`,
        [creditorSiren, debtorSiren],
      )) as { id: string }[];
      if (!row) throw new RecommendationsException(RecommendationsExceptionCode.RECOMMENDATION_NOT_FOUND, "Vous ne recommandez pas cette entreprise.");
      await manager.query(`UPDATE recommendations SET status = 'WITHDRAWN', withdrawn_at = $2, updated_at = $2 WHERE id = $1`, [row.id, now]);
      await this.recorder.record(manager, { companySiren: debtorSiren, kind: 'RECOMMENDATION_WITHDRAWN', date: parisDate(now), creditorId: creditorSiren });
      await this.audit.record(manager, {
        actor: { kind: 'USER', userId: actor.userId, email: actor.email },
        action: 'RECOMMENDATION_WITHDRAWN',
        subjectType: 'RECOMMENDATION',
        subjectId: row.id,
        details: { creditorSiren, debtorSiren },
      });
      return row.id;
    });
    return (await this.byId(id))!;
  }

  /** Public: a company's active recommendations, newest first. */
  async ofCompany(siren: string, first: number | null | undefined, after: string | null | undefined): Promise<RecommendationConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && Number.isNaN(Date.parse(String(cursor[0])))) throw new CommonException(CommonExceptionCode.INVALID_CURSOR, 'Le curseur de pagination est invalide.');
    // Both at once: the public profile waits for this page.
    const [rows, [{ count }]] = (await Promise.all([
      this.dataSource.query(
        `${SELECT} WHERE r.debtor_siren = $1 AND r.status = 'ACTIVE'
           AND ($2::timestamptz IS NULL OR (r.created_at, r.id) < ($2::timestamptz, $3::uuid))
         ORDER BY r.created_at DESC, r.id DESC LIMIT $4`,
        [siren, cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, limit + 1],
      ),
      this.dataSource.query(`SELECT count(*)::int AS count FROM recommendations WHERE debtor_siren = $1 AND status = 'ACTIVE'`, [siren]),
    ])) as [RecommendationRow[], [{ count: number }]];
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ cursor: encodeCursor([row.created_at.toISOString(), row.id]), node: toObject(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: count };
  }

  /** The active company's own recommendations (given), newest first. */
  async given(actor: Actor): Promise<RecommendationObject[]> {
    const { siren } = requireCreditor(actor, 'READ_INVOICES');
    const rows = (await this.dataSource.query(`${SELECT} WHERE r.creditor_siren = $1 AND r.status = 'ACTIVE' ORDER BY r.created_at DESC, r.id`, [siren])) as RecommendationRow[];
    return rows.map(toObject);
  }

  /** The creditor's active recommendation of each debtor (one query for a page of invoices). */
  async activeOf(creditorSiren: string, debtorSirens: readonly string[]): Promise<ReadonlyMap<string, RecommendationObject>> {
    const rows = (await this.dataSource.query(`${SELECT} WHERE r.creditor_siren = $1 AND r.debtor_siren = ANY($2::char(9)[]) AND r.status = 'ACTIVE'`, [
      creditorSiren,
      [...debtorSirens],
    ])) as RecommendationRow[];
    return new Map(rows.map((row) => [row.debtor_siren, toObject(row)]));
  }

  private async byId(id: string): Promise<RecommendationObject | null> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE r.id = $1`, [id])) as RecommendationRow[];
    return row ? toObject(row) : null;
  }

  /** The debtor's verified members and the creditor's own contacts there, with a link to its profile. */
  private async tellDebtor(manager: EntityManager, id: string, creditorSiren: string, debtorSiren: string): Promise<void> {
    const contacts = (await manager.query(
      `SELECT DISTINCT lower(email) AS email FROM contacts WHERE creditor_siren = $1 AND debtor_siren = $2 AND email IS NOT NULL`,
      [creditorSiren, debtorSiren],
    )) as { email: string }[];
    const members = await this.verification.verifiedMemberEmails(manager, debtorSiren);
    const [names] = (await manager.query(`SELECT (SELECT name FROM companies WHERE siren = $1) AS creditor, (SELECT name FROM companies WHERE siren = $2) AS debtor`, [
      creditorSiren,
      debtorSiren,
    ])) as { creditor: string; debtor: string }[];
    const link = `${this.config.publicWebUrl}/entreprises/${debtorSiren}`;
    await this.outbox.enqueue(
      manager,
      [...contacts.map((c) => c.email), ...members].map((to) => ({
        kind: 'RECOMMENDATION_GIVEN',
        to,
        subject: `${names!.creditor} recommande ${names!.debtor} sur Bonpayeur`,
        body: `Bonjour,\n\n${names!.creditor} recommande publiquement ${names!.debtor} comme bon payeur sur Bonpayeur.\nVoir votre profil : ${link}\n\nBonpayeur`,
        subjectType: 'RECOMMENDATION',
        subjectId: id,
      })),
    );
  }
}

function toObject(row: RecommendationRow): RecommendationObject {
  return {
    id: row.id,
    creditor: { siren: row.creditor_siren, name: row.creditor_name },
    debtor: { siren: row.debtor_siren, name: row.debtor_name },
    message: row.message,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
