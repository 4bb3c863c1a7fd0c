import { graphql } from '../../../../gql';

export const CONFIRM_DECLARED_PAYMENT_MUTATION = graphql(/* GraphQL */ `
  mutation ConfirmDeclaredPayment($input: DecideDeclaredPaymentInput!) {
    confirmDeclaredPayment(input: $input) {
      id
      status
    }
  }
`);
