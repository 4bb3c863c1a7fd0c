import { gql } from '../../../../lib/graphql-client';

export type InvoiceStatus = 'OPEN' | 'PAID' | 'DISPUTED' | 'CANCELLED';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['OPEN', 'PAID', 'DISPUTED', 'CANCELLED'];

export interface InvoiceFilter {
  status?: InvoiceStatus | null;
  debtorSiren?: string | null;
  overdue?: boolean | null;
}

export interface InvoicesVariables {
  filter?: InvoiceFilter | null;
  first?: number;
  after?: string | null;
}

export interface InvoiceRow {
  id: string;
  number: string;
  debtor: { siren: string; name: string };
  amountCents: number;
  currency: string;
  issueDate: string;
  dueDate: string;
  paidAt: string | null;
  status: InvoiceStatus;
  daysOverdue: number;
}

export interface InvoicesResult {
  invoices: {
    edges: { cursor: string; node: InvoiceRow }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export const INVOICES_QUERY = gql<InvoicesResult, InvoicesVariables>(/* GraphQL */ `
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
