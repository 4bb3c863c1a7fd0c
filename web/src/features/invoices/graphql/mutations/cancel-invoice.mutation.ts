import { graphql } from '../../../../gql';

export const CANCEL_INVOICE_MUTATION = graphql(/* GraphQL */ `
  mutation CancelInvoice($input: CancelInvoiceInput!) {
    cancelInvoice(input: $input) {
      id
      status
    }
  }
`);
