import { graphql } from '../../../../gql';

export const CONFIRM_INSTALMENT_PAID_MUTATION = graphql(/* GraphQL */ `
  mutation ConfirmInstalmentPaid($input: ConfirmInstalmentPaidInput!) {
    confirmInstalmentPaid(input: $input) {
      planId
      number
      paidOn
      planStatus
    }
  }
`);
