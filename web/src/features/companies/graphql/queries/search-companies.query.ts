import { graphql } from '../../../../gql';

export const SEARCH_COMPANIES_QUERY = graphql(/* GraphQL */ `
  query SearchCompanies($query: String!, $first: Int!, $after: String) {
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
`);
