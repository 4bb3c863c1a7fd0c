import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClaimsException, ClaimsExceptionCode } from './claims.exception.js';

/**
 * The one place that answers "may this user speak for this company?" (DESIGN §7): a membership
 * counts only once verified through a company claim (or an invitation by a verified member).
 * Debtor-side actions (reply, dispute, myCompanyScore) and a creditor's public acts
 * (recommendation, publication request) go through here.
 */
@Injectable()
export class CompanyVerification {
  async isVerifiedMember(manager: EntityManager, userId: string, siren: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM memberships WHERE user_id = $1 AND company_siren = $2 AND verified_at IS NOT NULL`,
      [userId, siren],
    );
    return rows.length > 0;
  }

  /** Throws NOT_A_VERIFIED_MEMBER (FORBIDDEN) with `message` naming what the check protects. */
  async assertVerifiedMember(manager: EntityManager, userId: string, siren: string, message: string): Promise<void> {
    if (!(await this.isVerifiedMember(manager, userId, siren))) {
      throw new ClaimsException(ClaimsExceptionCode.NOT_A_VERIFIED_MEMBER, message, { siren, next: 'claimCompany' });
    }
  }

  /** E-mail addresses of the verified members of a company (for notices sent to it). */
  async verifiedMemberEmails(manager: EntityManager, siren: string): Promise<string[]> {
    const rows: { email: string }[] = await manager.query(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_siren = $1 AND m.verified_at IS NOT NULL ORDER BY u.email`,
      [siren],
    );
    return rows.map((row) => row.email);
  }
}
