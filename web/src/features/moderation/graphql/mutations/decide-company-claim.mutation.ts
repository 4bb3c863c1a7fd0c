import { graphql } from '../../../../gql';

export const DECIDE_COMPANY_CLAIM_MUTATION = graphql(/* GraphQL */ `
  mutation DecideCompanyClaim($input: DecideCompanyClaimInput!) {
    decideCompanyClaim(input: $input) {
      id
      status
      decisionReason
    }
  }
`);
