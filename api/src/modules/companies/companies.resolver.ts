import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CompaniesService } from './companies.service.js';
import { CompanyConnectionObject } from './dtos/company-connection.object.js';
import { CompanyScoreObject } from './dtos/company-score.object.js';
import { CompanyObject, toCompanyObject } from './dtos/company.object.js';
import { SearchCompaniesArgs } from './dtos/search-companies.args.js';

/** Public: no guard. (Rate limiting of public search belongs to the platform's limiter.) */
@Resolver(() => CompanyObject)
export class CompaniesResolver {
  constructor(private readonly companies: CompaniesService) {}

  @Query(() => CompanyObject, { nullable: true, description: 'A company by SIREN; null when unknown.' })
  async company(@Args('siren', { type: () => String }) siren: string): Promise<CompanyObject | null> {
    const company = await this.companies.findBySiren(siren);
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

  /**
   * Null is the honest "not enough data yet" state until the scores feature materialises scores;
   * the type exists now so the contract does.
   */
  @ResolveField(() => CompanyScoreObject, { nullable: true })
  score(): CompanyScoreObject | null {
    return null;
  }
}
