import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QUEUE } from '../../common/queue-names.js';
import { PublicationsWorker } from './jobs/publications-worker.js';
import { SettledPublicationsService } from './jobs/settled-publications.service.js';

@Module({
  imports: [BullModule.registerQueue({ name: QUEUE.publicationHousekeeping })],
  providers: [SettledPublicationsService, PublicationsWorker],
  exports: [SettledPublicationsService],
})
export class PublicationsWorkerModule {}
