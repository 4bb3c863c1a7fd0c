import { graphql } from '../../../../gql';

export const RECOMMEND_COMPANY_MUTATION = graphql(/* GraphQL */ `
  mutation RecommendCompany($input: RecommendCompanyInput!) {
    recommendCompany(input: $input) {
      id
      status
      message
    }
  }
`);
