import { gql } from '../../../../lib/graphql-client';
import { COMPANY_SUMMARY_FRAGMENT, type CompanySummary } from '../fragments/company-summary.fragment';

export interface SearchCompaniesVariables {
  query: string;
  first?: number;
  after?: string | null;
}

export interface SearchCompaniesResult {
  searchCompanies: {
    edges: { cursor: string; node: CompanySummary }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number | null;
  };
}

export const SEARCH_COMPANIES_QUERY = gql<SearchCompaniesResult, SearchCompaniesVariables>(/* GraphQL */ `
  query SearchCompanies($query: String!, $first: Int, $after: String) {
    searchCompanies(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...CompanySummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${COMPANY_SUMMARY_FRAGMENT}
`);
