import { graphql } from '../../../../gql';

export const CLAIM_COMPANY_MUTATION = graphql(/* GraphQL */ `
  mutation ClaimCompany($input: ClaimCompanyInput!) {
    claimCompany(input: $input) {
      ...CompanyClaimFields
    }
  }
`);
