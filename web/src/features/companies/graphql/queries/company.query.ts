import { graphql } from '../../../../gql';
import type { CompanyQuery } from '../../../../gql/graphql';

/** Everything the public company page shows, in one request. */
export const COMPANY_QUERY = graphql(/* GraphQL */ `
  query Company($siren: String!) {
    company(siren: $siren) {
      siren
      name
      legalForm
      activityCode
      city
      active
      createdOn
      score {
        value
        grade
        confidence
        enoughData
        trend {
          delta
          direction
        }
      }
      scoreHistory(days: 365) {
        day
        value
        grade
      }
      stats {
        invoicesReported
        onTimeRate
        averageDaysLate
      }
      recommendations(first: 10) {
        totalCount
        edges {
          node {
            id
            message
            createdAt
            creditor {
              siren
              name
            }
          }
        }
      }
    }
  }
`);

export type CompanyDetails = NonNullable<CompanyQuery['company']>;
export type ScorePoint = CompanyDetails['scoreHistory'][number];
