import { graphql } from '../../../../gql';

export const REJECT_DECLARED_PAYMENT_MUTATION = graphql(/* GraphQL */ `
  mutation RejectDeclaredPayment($input: DecideDeclaredPaymentInput!) {
    rejectDeclaredPayment(input: $input) {
      id
      status
    }
  }
`);
