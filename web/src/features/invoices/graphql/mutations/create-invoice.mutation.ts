import { graphql } from '../../../../gql';

export const CREATE_INVOICE_MUTATION = graphql(/* GraphQL */ `
  mutation CreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
      number
    }
  }
`);
