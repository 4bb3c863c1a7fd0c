import { graphql } from '../../../../gql';

export const DISPUTE_INVOICE_VIA_LINK_MUTATION = graphql(/* GraphQL */ `
  mutation DisputeInvoiceViaLink($input: DisputeViaLinkInput!) {
    disputeInvoiceViaLink(input: $input) {
      id
      status
    }
  }
`);
