import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QUEUE } from '../../common/queue-names.js';
import { DebtorLinkWorker } from './jobs/debtor-link-worker.js';
import { MissedInstalmentsService } from './jobs/missed-instalments.service.js';

/** The worker half of the debtor link: following accepted payment plans for missed instalments. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.paymentPlanFollowUp })],
  providers: [MissedInstalmentsService, DebtorLinkWorker],
  exports: [MissedInstalmentsService],
})
export class DebtorLinkWorkerModule {}
