import { CompanyScoreHistoryEntity } from './company-score-history.entity.js';
import { CompanyScoreEntity } from './company-score.entity.js';
import { ScoreEventEntity } from './score-event.entity.js';
import { ScoreRefreshQueueEntity } from './score-refresh-queue.entity.js';

export const SCORE_ENTITIES: Function[] = [ScoreEventEntity, ScoreRefreshQueueEntity, CompanyScoreEntity, CompanyScoreHistoryEntity];
