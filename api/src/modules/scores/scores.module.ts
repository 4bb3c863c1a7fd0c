import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { QUEUE } from '../../common/queue-names.js';
import { CompaniesModule } from '../companies/companies.module.js';
import { InvoicesModule } from '../invoices/invoices.module.js';
import { CompanyScoreTrendResolver } from './company-score-trend.resolver.js';
import { CompanyScoreResolver } from './company-score.resolver.js';
import { InvoiceScoreListener } from './invoice-score.listener.js';
import { MyCompanyScoreResolver } from './my-company-score.resolver.js';
import { MyCompanyScoreService } from './my-company-score.service.js';
import { ScoreEventsRecorder } from './score-events.recorder.js';
import { ScoreReadsService } from './score-reads.service.js';
import { ScoreRefreshScheduler } from './score-refresh.scheduler.js';
import { ScoreRefreshService } from './score-refresh.service.js';

const SCORE_REFRESH_QUEUE = BullModule.registerQueue({ name: QUEUE.scoreRefresh });

/**
 * Scores: events recorded with their facts, materialised scores and history, public reads and the
 * member's explained view. ScoreEventsRecorder is exported for later features (recommendations,
 * publications, disputes); the refresh processor runs in the worker (ScoresWorkerModule).
 */
@Module({
  imports: [SCORE_REFRESH_QUEUE, CompaniesModule, InvoicesModule],
  providers: [
    ScoreRefreshScheduler,
    ScoreEventsRecorder,
    InvoiceScoreListener,
    ScoreRefreshService,
    ScoreReadsService,
    MyCompanyScoreService,
    CompanyScoreResolver,
    CompanyScoreTrendResolver,
    MyCompanyScoreResolver,
  ],
  exports: [SCORE_REFRESH_QUEUE, ScoreEventsRecorder, ScoreRefreshService],
})
export class ScoresModule {}
