import { CompanyScoreObject } from '../../companies/dtos/company-score.object.js';
import { ScoreTrendObject } from './score-trend.object.js';

/** The public CompanyScore as read from company_scores; `trend` is resolved by CompanyScoreTrendResolver. */
export class MaterialisedScore extends CompanyScoreObject {
  trendOfScore!: ScoreTrendObject;
}
