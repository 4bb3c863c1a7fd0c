import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppConfig } from '../../config/env.variables.js';
import { Actor } from '../auth/domain/actor.js';
import { requireCreditor } from '../auth/domain/require-creditor.js';
import { hasPlatformRole } from '../auth/domain/require-platform-role.js';
import { PlatformRole } from '../auth/domain/roles.js';
import { checkedPdf, evidenceTooLarge, UploadedPdf } from './evidence-file.js';
import { PublicationsException, PublicationsExceptionCode } from './publications.exception.js';

export interface StoredEvidence {
  id: string;
  filename: string;
  sizeBytes: number;
  sha256: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Invoice PDFs attached to publication requests (bytea: see the migration for why). */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async store(actor: Actor, file: UploadedPdf | undefined): Promise<StoredEvidence> {
    const { siren } = requireCreditor(actor, 'SETTLE_INVOICES');
    const pdf = checkedPdf(file, this.config.publications.evidenceMaxBytes);
    const [row] = (await this.dataSource.query(
      `INSERT INTO publication_evidence (creditor_siren, uploaded_by, filename, content_type, size_bytes, sha256, content, created_at)
       VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7) RETURNING id`,
      [siren, actor.userId, pdf.filename, pdf.bytes.length, pdf.sha256, pdf.bytes, this.clock.now()],
    )) as { id: string }[];
    return { id: row!.id, filename: pdf.filename, sizeBytes: pdf.bytes.length, sha256: pdf.sha256 };
  }

  tooLarge(): PublicationsException {
    return evidenceTooLarge(this.config.publications.evidenceMaxBytes);
  }

  /**
   * The PDF, for: moderators; members of the creditor that uploaded it; verified members of the
   * debtor once it is attached to a request about them (they must see what they are accused of).
   */
  async read(actor: Actor, id: string): Promise<{ filename: string; content: Buffer }> {
    if (!UUID.test(id)) throw this.notFound();
    const [row] = (await this.dataSource.query(
      `SELECT e.filename, e.content, e.creditor_siren, p.debtor_siren
         FROM publication_evidence e LEFT JOIN publications p ON p.evidence_id = e.id WHERE e.id = $1`,
      [id],
    )) as { filename: string; content: Buffer; creditor_siren: string; debtor_siren: string | null }[];
    if (!row) throw this.notFound();
    if (hasPlatformRole(actor, PlatformRole.MODERATOR)) return row;
    const member = (await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND (company_siren = $2 OR (company_siren = $3 AND verified_at IS NOT NULL))`,
      [actor.userId, row.creditor_siren, row.debtor_siren],
    )) as unknown[];
    if (member.length === 0) throw this.notFound();
    return row;
  }

  private notFound(): PublicationsException {
    return new PublicationsException(PublicationsExceptionCode.EVIDENCE_NOT_FOUND, 'Pièce introuvable.');
  }
}
