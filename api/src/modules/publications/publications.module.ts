import { Module } from '@nestjs/common';
import { DisputesModule } from '../disputes/disputes.module.js';
import { InvoicesModule } from '../invoices/invoices.module.js';
import { ScoresModule } from '../scores/scores.module.js';
import { CreditorWeightsModule } from './creditor-reliability.service.js';
import { DisputeRulingsService } from './dispute-rulings.service.js';
import { DisputeEvidenceService } from './dispute-evidence.service.js';
import { DisputeEvidenceController, EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';
import { ModerationService } from './moderation.service.js';
import { PublicationInvoiceListener } from './publication-invoice.listener.js';
import { PublicationNotices } from './publication-notices.js';
import { CompanyPublicationsResolver, PublicationsResolver } from './publications.resolver.js';
import { PublicationsService } from './publications.service.js';

/** BADPayeur publications, their evidence, the debtor's answers and the moderation console (issue 6). */
@Module({
  imports: [InvoicesModule, ScoresModule, DisputesModule, CreditorWeightsModule],
  controllers: [EvidenceController, DisputeEvidenceController],
  providers: [
    PublicationsService,
    ModerationService,
    DisputeRulingsService,
    EvidenceService,
    DisputeEvidenceService,
    PublicationNotices,
    PublicationInvoiceListener,
    PublicationsResolver,
    CompanyPublicationsResolver,
  ],
  exports: [PublicationsService],
})
export class PublicationsModule {}
