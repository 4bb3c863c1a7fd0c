import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { AuditLogService } from '../audit/audit-log.service.js';
import { Actor } from '../auth/domain/actor.js';
import { hasPlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { CompanyVerification } from '../claims/company-verification.js';
import { PublicationEvidenceObject } from './dtos/publication.dto.js';
import { checkedPdf, UploadedPdf } from './evidence-file.js';
import { PublicationsException, PublicationsExceptionCode } from './publications.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Enough for a delivery note, a credit note and a few letters; more is a sign of a wrong file. */
export const MAX_DISPUTE_EVIDENCE = 5;

interface EvidenceRow {
  id: string;
  filename: string;
  size_bytes: number;
  sha256: string;
}

/**
 * The debtor's evidence for its open dispute (disputeInvoice's "evidence"): a verified member of
 * the debtor attaches PDFs; moderators and both parties may read them.
 */
@Injectable()
export class DisputeEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: CompanyVerification,
    private readonly audit: AuditLogService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async attach(actor: Actor, disputeId: string, file: UploadedPdf | undefined): Promise<PublicationEvidenceObject> {
    const pdf = checkedPdf(file, this.config.publications.evidenceMaxBytes);
    const id = await this.dataSource.transaction(async (manager) => {
      const [dispute] = UUID.test(disputeId)
        ? ((await manager.query(`SELECT id, debtor_siren, status FROM invoice_disputes WHERE id = $1 FOR UPDATE`, [disputeId])) as { id: string; debtor_siren: string; status: string }[])
        : [];
      if (!dispute || !(await this.verification.isVerifiedMember(manager, actor.userId, dispute.debtor_siren))) {
        throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_NOT_FOUND, 'Contestation introuvable.');
      }
      if (dispute.status !== 'OPEN') throw new PublicationsException(PublicationsExceptionCode.NOT_PENDING, "Cette contestation est close : elle ne reçoit plus de pièces.");
      const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM dispute_evidence WHERE dispute_id = $1`, [dispute.id])) as [{ count: number }];
      if (count >= MAX_DISPUTE_EVIDENCE) {
        throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_LIMIT_REACHED, `Une contestation reçoit au plus ${MAX_DISPUTE_EVIDENCE} pièces.`);
      }
      const [row] = (await manager.query(
        `INSERT INTO dispute_evidence (dispute_id, uploaded_by, filename, content_type, size_bytes, sha256, content, created_at)
         VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7) RETURNING id`,
        [dispute.id, actor.userId, pdf.filename, pdf.bytes.length, pdf.sha256, pdf.bytes, this.clock.now()],
      )) as { id: string }[];
      await this.audit.record(manager, {
        actor: { kind: 'USER', userId: actor.userId, email: actor.email },
        action: 'DISPUTE_EVIDENCE_ADDED',
        subjectType: 'INVOICE_DISPUTE',
        subjectId: dispute.id,
        details: { evidenceId: row!.id, sha256: pdf.sha256, sizeBytes: pdf.bytes.length },
      });
      return row!.id;
    });
    return { id, filename: pdf.filename, sizeBytes: pdf.bytes.length, sha256: pdf.sha256, downloadPath: `/disputes/evidence/${id}` };
  }

  async listOf(manager: EntityManager, disputeId: string): Promise<PublicationEvidenceObject[]> {
    const rows = (await manager.query(`SELECT id, filename, size_bytes, sha256 FROM dispute_evidence WHERE dispute_id = $1 ORDER BY created_at, id`, [disputeId])) as EvidenceRow[];
    return rows.map((row) => ({ id: row.id, filename: row.filename, sizeBytes: row.size_bytes, sha256: row.sha256, downloadPath: `/disputes/evidence/${row.id}` }));
  }

  /** Moderators, members of the creditor, verified members of the debtor. */
  async read(actor: Actor, id: string): Promise<{ filename: string; content: Buffer }> {
    const [row] = UUID.test(id)
      ? ((await this.dataSource.query(
          `SELECT e.filename, e.content, d.creditor_siren, d.debtor_siren FROM dispute_evidence e JOIN invoice_disputes d ON d.id = e.dispute_id WHERE e.id = $1`,
          [id],
        )) as { filename: string; content: Buffer; creditor_siren: string; debtor_siren: string }[])
      : [];
    if (!row) throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_NOT_FOUND, 'Pièce introuvable.');
    if (hasPlatformRole(actor, PlatformRole.MODERATOR)) return row;
    const allowed = (await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND (company_siren = $2 OR (company_siren = $3 AND verified_at IS NOT NULL))`,
      [actor.userId, row.creditor_siren, row.debtor_siren],
    )) as unknown[];
    if (allowed.length === 0) throw new PublicationsException(PublicationsExceptionCode.EVIDENCE_NOT_FOUND, 'Pièce introuvable.');
    return row;
  }
}
