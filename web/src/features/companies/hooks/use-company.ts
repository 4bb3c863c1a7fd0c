import { useApiQuery, type QueryState } from '../../../lib/use-api-query';
import type { CompanyQuery } from '../../../gql/graphql';
import { COMPANY_QUERY } from '../graphql/queries/company.query';

export function useCompany(siren: string): QueryState<CompanyQuery> {
  return useApiQuery(COMPANY_QUERY, { siren });
}
