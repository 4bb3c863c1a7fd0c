import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CompanyScoreObject } from '../companies/dtos/company-score.object.js';
import { MaterialisedScore } from './dtos/materialised-score.js';
import { ScoreTrendObject } from './dtos/score-trend.object.js';

/** Adds `trend` to the CompanyScore type (declared in companies) without touching that file. */
@Resolver(() => CompanyScoreObject)
export class CompanyScoreTrendResolver {
  @ResolveField('trend', () => ScoreTrendObject, { description: 'How the score moved over the last 30 days.' })
  trend(@Parent() score: MaterialisedScore): ScoreTrendObject {
    return score.trendOfScore;
  }
}
