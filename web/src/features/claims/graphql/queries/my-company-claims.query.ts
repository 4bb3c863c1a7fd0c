import { graphql } from '../../../../gql';

export const MY_COMPANY_CLAIMS_QUERY = graphql(/* GraphQL */ `
  query MyCompanyClaims {
    myCompanyClaims {
      ...CompanyClaimFields
    }
  }
`);
