import { graphql } from '../../../../gql';

export const DISPUTE_INVOICE_MUTATION = graphql(/* GraphQL */ `
  mutation DisputeInvoice($input: DisputeInvoiceInput!) {
    disputeInvoice(input: $input) {
      id
      status
      reason
      openedAt
    }
  }
`);
