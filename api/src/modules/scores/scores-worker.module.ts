import { Module } from '@nestjs/common';
import { ScoreRefreshProcessor } from './jobs/score-refresh.processor.js';
import { ScoreSchedules } from './jobs/score-schedules.js';
import { ScoresModule } from './scores.module.js';

/** The worker-only half: the refresh processor and the repeatable sweep and daily jobs. */
@Module({
  imports: [ScoresModule],
  providers: [ScoreRefreshProcessor, ScoreSchedules],
})
export class ScoresWorkerModule {}
