import { graphql } from '../../../../gql';
import type { PublicationQueueQuery } from '../../../../gql/graphql';

export const PUBLICATION_QUEUE_QUERY = graphql(/* GraphQL */ `
  query PublicationQueue($first: Int, $after: String) {
    publicationQueue(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          invoiceNumber
          amountCents
          currency
          issueDate
          dueDate
          statement
          status
          requestedAt
          answerUntil
          readyForDecision
          disputeOpen
          debtorWaivedAnswerPeriod
          approvalsGiven
          approvalsRequired
          firstApprovalBy
          ultimatumSentAt
          ultimatumDeadline
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
            needsSecondModerator
          }
          evidence {
            filename
            downloadPath
            sizeBytes
            sha256
          }
          reply {
            text
            updatedAt
          }
          timeline {
            channel
            tone
            status
            subject
            scheduledAt
            sentAt
            deliveredAt
          }
        }
      }
    }
  }
`);

export type PublicationReview = PublicationQueueQuery['publicationQueue']['edges'][number]['node'];
