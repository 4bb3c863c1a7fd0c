import { graphql } from '../../../../gql';

export const CONFIRM_COMPANY_CLAIM_MUTATION = graphql(/* GraphQL */ `
  mutation ConfirmCompanyClaim($input: ConfirmCompanyClaimInput!) {
    confirmCompanyClaim(input: $input) {
      ...CompanyClaimFields
    }
  }
`);
