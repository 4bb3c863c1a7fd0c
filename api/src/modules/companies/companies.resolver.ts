import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { isAnonymous } from '../profile-cache/anonymous.js';
import { ProfileCache } from '../profile-cache/profile-cache.service.js';
import { CompaniesService } from './companies.service.js';
import { CompanyConnectionObject } from './dtos/company-connection.object.js';
import { CompanyObject, toCompanyObject } from './dtos/company.object.js';
import { SearchCompaniesArgs } from './dtos/search-companies.args.js';
import { validateSiren } from './domain/siren.js';

/** Public: no guard. (Rate limiting of public search belongs to the platform's limiter.) Company.score, scoreHistory and stats are resolved by the scores feature. */
@Resolver(() => CompanyObject)
export class CompaniesResolver {
  constructor(
    private readonly companies: CompaniesService,
    private readonly profiles: ProfileCache,
  ) {}

  @Query(() => CompanyObject, { nullable: true, description: 'A company by SIREN; null when unknown.' })
  async company(@Args('siren', { type: () => String }) siren: string, @Context('req') req: unknown): Promise<CompanyObject | null> {
    const company = isAnonymous(req)
      ? await this.profiles.get('company', validateSiren(siren), () => this.companies.findBySiren(siren))
      : await this.companies.findBySiren(siren);
    return company ? toCompanyObject(company) : null;
  }

  @Query(() => CompanyConnectionObject)
  async searchCompanies(@Args() args: SearchCompaniesArgs): Promise<CompanyConnectionObject> {
    const page = await this.companies.search({ query: args.query, first: args.first, after: args.after ?? null });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCompanyObject(edge.node) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }
}
