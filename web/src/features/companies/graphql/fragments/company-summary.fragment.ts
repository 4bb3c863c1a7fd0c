import { graphql } from '../../../../gql';
import type { CompanySummaryFragment } from '../../../../gql/graphql';

/** The company fields a list row or a link needs. */
export const COMPANY_SUMMARY_FRAGMENT = graphql(/* GraphQL */ `
  fragment CompanySummary on Company {
    siren
    name
    legalForm
    city
    active
    score {
      value
      grade
      confidence
      enoughData
    }
  }
`);

export type CompanySummary = CompanySummaryFragment;
/** Null until the score is computed for a company ("pas encore assez de données"). */
export type CompanyScore = NonNullable<CompanySummaryFragment['score']>;
