import { useGraphQLQuery, type QueryState } from '../../../lib/use-graphql-query';
import { COMPANY_QUERY, type CompanyResult } from '../graphql/queries/company.query';

export function useCompany(siren: string): QueryState<CompanyResult> {
  return useGraphQLQuery(COMPANY_QUERY, { siren });
}
