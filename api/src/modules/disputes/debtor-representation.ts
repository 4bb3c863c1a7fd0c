import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../auth/domain/actor.js';
import { CompanyVerification } from '../claims/company-verification.js';
import { DisputesException, DisputesExceptionCode } from './disputes.exception.js';

/**
 * Who may speak for a debtor company (DESIGN §7: "only a verified member of the debtor company
 * replies or disputes"): a member acting for that company whose membership was verified through a
 * company claim (claimCompany) or an invitation by a verified member. Every debtor-side mutation
 * goes through here.
 */
@Injectable()
export class DebtorRepresentation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verification: CompanyVerification,
  ) {}

  async assertMaySpeakFor(actor: Actor, debtorSiren: string): Promise<void> {
    if (actor.activeCompany?.siren !== debtorSiren) {
      throw new DisputesException(
        DisputesExceptionCode.NOT_DEBTOR_REPRESENTATIVE,
        'Seul un membre de l’entreprise débitrice peut contester cette facture : passez sur cette entreprise dans votre compte.',
      );
    }
    if (!(await this.verification.isVerifiedMember(this.dataSource.manager, actor.userId, debtorSiren))) {
      throw new DisputesException(
        DisputesExceptionCode.NOT_DEBTOR_REPRESENTATIVE,
        'Faites d’abord vérifier votre rattachement à l’entreprise débitrice (claimCompany) : seul un membre vérifié peut la représenter.',
        { next: 'claimCompany' },
      );
    }
  }
}
