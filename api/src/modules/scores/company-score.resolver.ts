import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CompanyScoreObject } from '../companies/dtos/company-score.object.js';
import { CompanyObject } from '../companies/dtos/company.object.js';
import { isAnonymous } from '../profile-cache/anonymous.js';
import { ProfileCache } from '../profile-cache/profile-cache.service.js';
import { CompanyStatsObject } from './dtos/company-stats.object.js';
import { MaterialisedScore } from './dtos/materialised-score.js';
import { ScorePointObject } from './dtos/score-point.object.js';
import { requestBatch } from './request-batch.js';
import { ScoreReadsService } from './score-reads.service.js';

/** The public score fields of Company (the type lives in companies). Public: no guard. */
@Resolver(() => CompanyObject)
export class CompanyScoreResolver {
  constructor(
    private readonly reads: ScoreReadsService,
    private readonly profiles: ProfileCache,
  ) {}

  /** Anonymous visitors read through the profile cache; members always read the database. */
  private cached<V>(req: object, kind: string, load: (sirens: string[]) => Promise<ReadonlyMap<string, V>>): (sirens: string[]) => Promise<ReadonlyMap<string, V>> {
    if (!isAnonymous(req)) return load;
    return async (sirens) => {
      const found = await this.profiles.getMany(kind, sirens, load);
      return new Map([...found].filter((entry): entry is [string, V] => entry[1] !== undefined));
    };
  }

  @ResolveField('score', () => CompanyScoreObject, {
    nullable: true,
    description: 'The materialised score; null while the company has none yet (« pas encore assez de données »).',
  })
  async score(@Parent() company: CompanyObject, @Context('req') req: object): Promise<MaterialisedScore | null> {
    const batch = requestBatch(req, 'company-score', this.cached(req, 'score', (sirens) => this.reads.scores(sirens)));
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
    // Statistics count overdue invoices as of today: the day is part of what is cached.
    const batch = requestBatch(req, 'company-stats', this.cached(req, `stats:${this.reads.today()}`, (sirens) => this.reads.stats(sirens)));
    return (await batch.load(company.siren))!;
  }
}
