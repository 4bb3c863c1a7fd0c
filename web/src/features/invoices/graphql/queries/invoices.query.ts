import { graphql } from '../../../../gql';
import type { InvoiceStatus as GeneratedInvoiceStatus, InvoicesQuery } from '../../../../gql/graphql';

export type InvoiceStatus = GeneratedInvoiceStatus;
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['OPEN', 'PAID', 'DISPUTED', 'CANCELLED'];

export const INVOICES_QUERY = graphql(/* GraphQL */ `
  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {
    invoices(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          number
          debtor {
            siren
            name
          }
          amountCents
          currency
          issueDate
          dueDate
          paidAt
          status
          daysOverdue
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export type InvoiceRow = InvoicesQuery['invoices']['edges'][number]['node'];
