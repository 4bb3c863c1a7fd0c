import { graphql } from '../../../../gql';

export const DECLARE_PAYMENT_MUTATION = graphql(/* GraphQL */ `
  mutation DeclarePayment($input: DeclarePaymentInput!) {
    declarePayment(input: $input) {
      id
      paidOn
      status
    }
  }
`);
