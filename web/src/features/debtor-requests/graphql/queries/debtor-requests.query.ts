import { graphql } from '../../../../gql';

export const DEBTOR_REQUESTS_QUERY = graphql(/* GraphQL */ `
  query DebtorRequests {
    debtorRequests {
      declaredPayments {
        id
        invoiceId
        paidOn
        note
        declaredAt
        status
      }
      paymentPlans {
        id
        invoiceId
        proposedAt
        status
        instalments {
          amountCents
          dueDate
        }
      }
      missedInstalments {
        planId
        invoiceId
        invoiceNumber
        number
        count
        dueDate
        amountCents
        missedAt
      }
    }
  }
`);
