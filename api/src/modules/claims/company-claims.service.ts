import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { requirePlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { normalizeEmail } from '../auth/domain/validate-sign-up.js';
import { CompaniesService } from '../companies/companies.service.js';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { ClaimsException, ClaimsExceptionCode } from './claims.exception.js';
import { CLAIM_CODE_TTL_MINUTES, checkClaimCode, hashClaimCode, newClaimCode } from './domain/claim-code.js';
import { emailIsOnDomain, isFreeMailDomain, normalizeDomain } from './domain/claim-email.js';
import { ClaimEvent, ClaimStatus, nextClaimStatus } from './domain/claim-status.js';
import { ClaimCompanyInput, CompanyClaimObject, CompanyClaimReviewConnection, CompanyClaimReviewObject, DecideCompanyClaimInput } from './dtos/company-claim.dto.js';
import { cleanText } from '../../common/clean-text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';
const MAX_NOTE = 1_000;

interface ClaimRow {
  id: string;
  company_siren: string;
  company_name: string;
  user_id: string;
  method: string;
  status: ClaimStatus;
  email: string | null;
  note: string;
  code_hash: string | null;
  code_expires_at: Date | null;
  code_attempts: number;
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}

interface ReviewRow extends ClaimRow {
  claimant_name: string;
  claimant_email: string;
  email_domain: string | null;
  company_verified: boolean;
}

const CLAIM_SELECT = `SELECT cl.id, cl.company_siren, c.name AS company_name, cl.user_id, cl.method, cl.status, cl.email, cl.note, cl.code_hash,
  cl.code_expires_at, cl.code_attempts, cl.decision_reason, cl.created_at, cl.decided_at
  FROM company_claims cl JOIN companies c ON c.siren = cl.company_siren`;

/**
 * Company claims (issue 6): a user asks to speak for a company and is verified either by a code
 * sent to an address on the company's own domain, or by a moderator. Verification marks the
 * user's membership (created as OWNER if it had none) and the company as verified. Every request,
 * decision and state change is in the audit log, in the same transaction.
 */
@Injectable()
export class CompanyClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly audit: AuditLogService,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(actor: Actor, input: ClaimCompanyInput): Promise<CompanyClaimObject> {
    const company = await this.companies.findOrCreateBySiren(input.siren);
    const note = cleanText(input.note ?? '');
    if (note.length > MAX_NOTE) {
      throw new ClaimsException(ClaimsExceptionCode.NOTE_TOO_LONG, `Le message aux modérateurs est limité à ${MAX_NOTE} caractères.`, { field: 'note' });
    }
    const now = this.clock.now();
    const claimId = await this.dataSource.transaction(async (manager) => {
      const [state] = (await manager.query(
        `SELECT c.email_domain, EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $2 AND m.company_siren = c.siren AND m.verified_at IS NOT NULL) AS verified
           FROM companies c WHERE c.siren = $1 FOR UPDATE`,
        [company.siren, actor.userId],
      )) as { email_domain: string | null; verified: boolean }[];
      if (state?.verified) {
        throw new ClaimsException(ClaimsExceptionCode.ALREADY_VERIFIED, 'Vous êtes déjà reconnu comme représentant de cette entreprise.');
      }
      let email: string | null = null;
      if (input.method === 'EMAIL_CODE') {
        if (!input.email) throw new ClaimsException(ClaimsExceptionCode.EMAIL_REQUIRED, "Indiquez une adresse e-mail de l'entreprise.", { field: 'email' });
        email = normalizeEmail(input.email);
        const domain = state?.email_domain ?? null;
        if (!domain) {
          throw new ClaimsException(
            ClaimsExceptionCode.EMAIL_DOMAIN_UNKNOWN,
            "Nous ne connaissons pas encore le domaine e-mail de cette entreprise : demandez une vérification par la modération (MODERATOR_REVIEW).",
          );
        }
        if (!emailIsOnDomain(email, domain)) {
          throw new ClaimsException(ClaimsExceptionCode.EMAIL_NOT_ON_COMPANY_DOMAIN, `L'adresse doit appartenir au domaine de l'entreprise (@${domain}).`, { field: 'email' });
        }
      }
      const id = await this.insertClaim(manager, company.siren, actor.userId, input.method, email, note, now);
      await this.audit.record(manager, {
        actor: { kind: 'USER', userId: actor.userId, email: actor.email },
        action: 'CLAIM_REQUESTED',
        subjectType: 'CLAIM',
        subjectId: id,
        details: { siren: company.siren, method: input.method },
      });
      if (input.method === 'EMAIL_CODE' && email) await this.sendCode(manager, id, email, company.name, now);
      return id;
    });
    return this.mine(actor, claimId);
  }

  /** A wrong code counts as an attempt (committed even though the call fails). */
  async confirm(actor: Actor, claimId: string, code: string): Promise<CompanyClaimObject> {
    const now = this.clock.now();
    const failure = await this.dataSource.transaction(async (manager): Promise<ClaimsException | null> => {
      const claim = await this.lockOwnClaim(manager, actor, claimId);
      if (claim.status !== 'PENDING_CODE' || !claim.code_hash || !claim.code_expires_at) {
        throw new ClaimsException(ClaimsExceptionCode.CLAIM_NOT_PENDING, "Cette demande n'attend pas de code.");
      }
      const check = checkClaimCode({ codeHash: claim.code_hash, expiresAt: claim.code_expires_at, attempts: claim.code_attempts }, claim.id, code, now);
      if (check === 'TOO_MANY_ATTEMPTS') {
        return new ClaimsException(ClaimsExceptionCode.TOO_MANY_ATTEMPTS, 'Trop de codes erronés : refaites une demande.');
      }
      if (check === 'EXPIRED') return new ClaimsException(ClaimsExceptionCode.CODE_EXPIRED, 'Ce code a expiré : refaites une demande.', { field: 'code' });
      if (check === 'WRONG') {
        await manager.query(`UPDATE company_claims SET code_attempts = code_attempts + 1 WHERE id = $1`, [claim.id]);
        return new ClaimsException(ClaimsExceptionCode.CODE_INVALID, 'Code incorrect.', { field: 'code' });
      }
      await this.verify(manager, claim, 'CODE_CONFIRMED', { kind: 'USER', userId: actor.userId, email: actor.email }, null, now);
      return null;
    });
    if (failure) throw failure;
    return this.mine(actor, claimId);
  }

  async decide(moderator: Actor, input: DecideCompanyClaimInput): Promise<CompanyClaimObject> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const reason = cleanText(input.reason);
    if (reason.length < 3 || reason.length > 2_000) {
      throw new ClaimsException(ClaimsExceptionCode.REASON_REQUIRED, 'Motivez la décision (3 à 2 000 caractères) : elle est transmise au demandeur.', { field: 'reason' });
    }
    let domain: string | null = null;
    if (input.approve && input.emailDomain) {
      domain = normalizeDomain(input.emailDomain);
      if (!domain || isFreeMailDomain(domain)) {
        throw new ClaimsException(ClaimsExceptionCode.DOMAIN_INVALID, "Ce domaine ne peut pas être celui de l'entreprise (messagerie grand public ou domaine invalide).", { field: 'emailDomain' });
      }
    }
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const claim = await this.lockClaim(manager, input.claimId);
      if (claim.user_id === moderator.userId) {
        throw new ClaimsException(ClaimsExceptionCode.OWN_CLAIM, 'Un modérateur ne peut pas décider de sa propre demande.');
      }
      const actor = { kind: 'USER' as const, userId: moderator.userId, email: moderator.email };
      if (input.approve) {
        await this.verify(manager, claim, 'MODERATOR_APPROVED', actor, reason, now);
        if (domain) await manager.query(`UPDATE companies SET email_domain = $2 WHERE siren = $1`, [claim.company_siren, domain]);
      } else {
        const next = this.next(claim.status, 'MODERATOR_REJECTED');
        await manager.query(`UPDATE company_claims SET status = $2, decided_by = $3, decision_reason = $4, decided_at = $5 WHERE id = $1`, [claim.id, next, moderator.userId, reason, now]);
        await this.audit.record(manager, { actor, action: 'CLAIM_REJECTED', subjectType: 'CLAIM', subjectId: claim.id, reason, details: { siren: claim.company_siren, from: claim.status, to: next } });
      }
      await this.notifyDecision(manager, claim, input.approve, reason);
    });
    const [row] = (await this.dataSource.query(`${CLAIM_SELECT} WHERE cl.id = $1`, [input.claimId])) as ClaimRow[];
    return toClaimObject(row!);
  }

  async listMine(actor: Actor): Promise<CompanyClaimObject[]> {
    const rows = (await this.dataSource.query(`${CLAIM_SELECT} WHERE cl.user_id = $1 ORDER BY cl.created_at DESC, cl.id`, [actor.userId])) as ClaimRow[];
    return rows.map(toClaimObject);
  }

  /** Moderators: claims waiting for a review, oldest first. */
  async reviewQueue(moderator: Actor, first: number | null | undefined, after: string | null | undefined): Promise<CompanyClaimReviewConnection> {
    requirePlatformRole(moderator, PlatformRole.MODERATOR);
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows = (await this.dataSource.query(
      `SELECT cl.id, cl.company_siren, c.name AS company_name, cl.user_id, cl.method, cl.status, cl.email, cl.note, cl.code_hash, cl.code_expires_at,
              cl.code_attempts, cl.decision_reason, cl.created_at, cl.decided_at, u.full_name AS claimant_name, u.email AS claimant_email,
              c.email_domain, c.verified_at IS NOT NULL AS company_verified
         FROM company_claims cl JOIN companies c ON c.siren = cl.company_siren JOIN users u ON u.id = cl.user_id
        WHERE cl.status = 'PENDING_REVIEW' AND ($1::timestamptz IS NULL OR (cl.created_at, cl.id) > ($1::timestamptz, $2::uuid))
        ORDER BY cl.created_at, cl.id LIMIT $3`,
      [cursor ? String(cursor[0]) : null, cursor ? String(cursor[1]) : null, limit + 1],
    )) as ReviewRow[];
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ cursor: encodeCursor([row.created_at.toISOString(), row.id]), node: toReviewObject(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private async mine(actor: Actor, claimId: string): Promise<CompanyClaimObject> {
    const [row] = (await this.dataSource.query(`${CLAIM_SELECT} WHERE cl.id = $1 AND cl.user_id = $2`, [claimId, actor.userId])) as ClaimRow[];
    if (!row) throw ClaimsException.notFound();
    return toClaimObject(row);
  }

  private async insertClaim(manager: EntityManager, siren: string, userId: string, method: string, email: string | null, note: string, now: Date): Promise<string> {
    try {
      const [row] = (await manager.query(
        `INSERT INTO company_claims (company_siren, user_id, method, status, email, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [siren, userId, method, method === 'EMAIL_CODE' ? 'PENDING_CODE' : 'PENDING_REVIEW', email, note, now],
      )) as { id: string }[];
      return row!.id;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ClaimsException(ClaimsExceptionCode.CLAIM_ALREADY_OPEN, 'Une demande est déjà en cours pour cette entreprise.');
      }
      throw error;
    }
  }

  /**
   * The code travels in the notice body, which the outbox keeps until it is sent (it may wait for
   * a provider). It expires after CLAIM_CODE_TTL_MINUTES and only its hash sits on the claim.
   */
  private async sendCode(manager: EntityManager, claimId: string, email: string, companyName: string, now: Date): Promise<void> {
    const code = newClaimCode();
    const expiresAt = new Date(now.getTime() + CLAIM_CODE_TTL_MINUTES * 60_000);
    await manager.query(`UPDATE company_claims SET code_hash = $2, code_expires_at = $3 WHERE id = $1`, [claimId, hashClaimCode(claimId, code), expiresAt]);
    await this.outbox.enqueue(manager, [{
      kind: 'CLAIM_CODE',
      to: email,
      subject: `Votre code Bonpayeur : ${code}`,
      body: `Bonjour,\n\nQuelqu'un (vous, nous l'espérons) demande à représenter ${companyName} sur Bonpayeur.\nVotre code de vérification : ${code}\nIl est valable ${CLAIM_CODE_TTL_MINUTES} minutes.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n\nBonpayeur`,
      subjectType: 'CLAIM',
      subjectId: claimId,
    }]);
  }

  private async verify(manager: EntityManager, claim: ClaimRow, event: ClaimEvent, actor: { kind: 'USER'; userId: string; email: string }, reason: string | null, now: Date): Promise<void> {
    const next = this.next(claim.status, event);
    await manager.query(
      `UPDATE company_claims SET status = $2, decided_by = $3, decision_reason = $4, decided_at = $5, code_hash = NULL WHERE id = $1`,
      [claim.id, next, actor.userId, reason, now],
    );
    // The claimant becomes a verified member: OWNER when it had no membership, its role kept otherwise.
    await manager.query(
      `INSERT INTO memberships (user_id, company_siren, role, verified_at) VALUES ($1, $2, 'OWNER', $3)
       ON CONFLICT (user_id, company_siren) DO UPDATE SET verified_at = EXCLUDED.verified_at`,
      [claim.user_id, claim.company_siren, now],
    );
    await manager.query(`UPDATE companies SET verified_at = COALESCE(verified_at, $2) WHERE siren = $1`, [claim.company_siren, now]);
    await this.audit.record(manager, {
      actor,
      action: 'CLAIM_VERIFIED',
      subjectType: 'CLAIM',
      subjectId: claim.id,
      reason,
      details: { siren: claim.company_siren, userId: claim.user_id, by: event, from: claim.status, to: next },
    });
  }

  private next(status: ClaimStatus, event: ClaimEvent): ClaimStatus {
    const next = nextClaimStatus(status, event);
    if (!next) throw new ClaimsException(ClaimsExceptionCode.CLAIM_NOT_PENDING, 'Cette demande a déjà été traitée ou attend une autre vérification.', { status });
    return next;
  }

  private async notifyDecision(manager: EntityManager, claim: ClaimRow, approved: boolean, reason: string): Promise<void> {
    const [user] = (await manager.query(`SELECT email FROM users WHERE id = $1`, [claim.user_id])) as { email: string }[];
    if (!user) return;
    await this.outbox.enqueue(manager, [{
      kind: approved ? 'CLAIM_VERIFIED' : 'CLAIM_REJECTED',
      to: user.email,
      subject: approved ? `Vous représentez désormais ${claim.company_name} sur Bonpayeur` : `Votre demande pour ${claim.company_name} n'a pas été acceptée`,
      body: `Bonjour,\n\n${approved ? `Votre demande de rattachement à ${claim.company_name} (SIREN ${claim.company_siren}) est acceptée.` : `Votre demande de rattachement à ${claim.company_name} (SIREN ${claim.company_siren}) n'a pas été acceptée.`}\nMotif : ${reason}\n\n${this.config.publicWebUrl}/entreprises/${claim.company_siren}\n\nBonpayeur`,
      subjectType: 'CLAIM',
      subjectId: claim.id,
    }]);
  }

  private async lockClaim(manager: EntityManager, claimId: string): Promise<ClaimRow> {
    if (!UUID.test(claimId)) throw ClaimsException.notFound();
    const [row] = (await manager.query(`${CLAIM_SELECT} WHERE cl.id = $1 FOR UPDATE OF cl`, [claimId])) as ClaimRow[];
    if (!row) throw ClaimsException.notFound();
    return row;
  }

  private async lockOwnClaim(manager: EntityManager, actor: Actor, claimId: string): Promise<ClaimRow> {
    const claim = await this.lockClaim(manager, claimId);
    if (claim.user_id !== actor.userId) throw ClaimsException.notFound();
    return claim;
  }
}

function toClaimObject(row: ClaimRow): CompanyClaimObject {
  return {
    id: row.id,
    siren: row.company_siren,
    companyName: row.company_name,
    method: row.method,
    status: row.status,
    email: row.email,
    note: row.note,
    decisionReason: row.decision_reason,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

function toReviewObject(row: ReviewRow): CompanyClaimReviewObject {
  return {
    ...toClaimObject(row),
    claimantName: row.claimant_name,
    claimantEmail: row.claimant_email,
    companyEmailDomain: row.email_domain,
    companyAlreadyVerified: row.company_verified,
  };
}

