import { graphql } from '../../../../gql';
import type { DisputeQueueQuery } from '../../../../gql/graphql';

export const DISPUTE_QUEUE_QUERY = graphql(/* GraphQL */ `
  query DisputeQueue($first: Int, $after: String) {
    disputeQueue(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          invoiceNumber
          amountCents
          dueDate
          publicationId
          creditor {
            siren
            name
          }
          debtor {
            siren
            name
          }
          creditorReliability {
            requested
            published
            overturned
            disputed
          }
          dispute {
            id
            reason
            openedVia
            openedAt
          }
          evidence {
            id
            filename
            sizeBytes
            downloadPath
          }
        }
      }
    }
  }
`);

export type DisputeReview = DisputeQueueQuery['disputeQueue']['edges'][number]['node'];
