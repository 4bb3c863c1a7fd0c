import { graphql } from '../../../../gql';

export const BUY_TOKEN_PACK_MUTATION = graphql(/* GraphQL */ `
  mutation BuyTokenPack($input: BuyTokenPackInput!) {
    buyTokenPack(input: $input) {
      purchaseId
      status
      checkoutUrl
      developmentMode
    }
  }
`);
