import { graphql } from '../../../../gql';

export const INVOICES_ABOUT_MY_COMPANY_QUERY = graphql(/* GraphQL */ `
  query InvoicesAboutMyCompany($first: Int, $after: String) {
    invoicesAboutMyCompany(first: $first, after: $after) {
      nodes {
        id
        number
        amountCents
        currency
        dueDate
        status
        paidAt
        daysOverdue
        creditor {
          siren
          name
        }
        openDispute {
          id
          reason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
