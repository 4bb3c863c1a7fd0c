import { graphql } from '../../../../gql';
import type { CompanyClaimQueueQuery } from '../../../../gql/graphql';

export const COMPANY_CLAIM_QUEUE_QUERY = graphql(/* GraphQL */ `
  query CompanyClaimQueue($first: Int, $after: String) {
    companyClaimQueue(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          siren
          companyName
          claimantName
          claimantEmail
          method
          status
          email
          note
          createdAt
          companyAlreadyVerified
          companyEmailDomain
        }
      }
    }
  }
`);

export type ClaimReview = CompanyClaimQueueQuery['companyClaimQueue']['edges'][number]['node'];
