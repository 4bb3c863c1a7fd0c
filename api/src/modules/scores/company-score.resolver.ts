import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CompanyScoreObject } from '../companies/dtos/company-score.object.js';
import { CompanyObject } from '../companies/dtos/company.object.js';
import { CompanyStatsObject } from './dtos/company-stats.object.js';
import { MaterialisedScore } from './dtos/materialised-score.js';
import { ScorePointObject } from './dtos/score-point.object.js';
import { requestBatch } from './request-batch.js';
import { ScoreReadsService } from './score-reads.service.js';

/** The public score fields of Company (the type lives in companies). Public: no guard. */
@Resolver(() => CompanyObject)
export class CompanyScoreResolver {
  constructor(private readonly reads: ScoreReadsService) {}

  @ResolveField('score', () => CompanyScoreObject, {
    nullable: true,
    description: 'The materialised score; null while the company has none yet (« pas encore assez de données »).',
  })
  async score(@Parent() company: CompanyObject, @Context('req') req: object): Promise<MaterialisedScore | null> {
    const batch = requestBatch(req, 'company-score', (sirens) => this.reads.scores(sirens));
    return (await batch.load(company.siren)) ?? null;
  }

  @ResolveField('scoreHistory', () => [ScorePointObject], { description: 'One point per day with a stored score, oldest first.' })
  scoreHistory(
    @Parent() company: CompanyObject,
    @Args('days', { type: () => Int, defaultValue: 365, description: 'How many days back from today (1–400).' }) days: number,
  ): Promise<ScorePointObject[]> {
    return this.reads.history(company.siren, days);
  }

  @ResolveField('stats', () => CompanyStatsObject)
  async stats(@Parent() company: CompanyObject, @Context('req') req: object): Promise<CompanyStatsObject> {
    const batch = requestBatch(req, 'company-stats', (sirens) => this.reads.stats(sirens));
    return (await batch.load(company.siren))!;
  }
}
