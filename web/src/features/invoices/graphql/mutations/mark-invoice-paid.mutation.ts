import { graphql } from '../../../../gql';

export const MARK_INVOICE_PAID_MUTATION = graphql(/* GraphQL */ `
  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {
    markInvoicePaid(input: $input) {
      id
      status
      paidAt
      daysOverdue
    }
  }
`);
