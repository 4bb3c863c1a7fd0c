import { graphql } from '../../../../gql';
import type { MyCompanyScoreQuery } from '../../../../gql/graphql';

export const MY_COMPANY_SCORE_QUERY = graphql(/* GraphQL */ `
  query MyCompanyScore($siren: String!) {
    myCompanyScore(siren: $siren) {
      siren
      asOf
      value
      grade
      confidence
      enoughData
      trend {
        delta
        direction
      }
      contributions {
        kind
        label
        effect
        date
        creditor
        invoiceNumber
      }
      improvementPlan {
        invoiceNumber
        creditor
        amountCents
        daysLate
        gain
        scoreIfPaidToday
      }
    }
  }
`);

export type MyCompanyScore = MyCompanyScoreQuery['myCompanyScore'];
