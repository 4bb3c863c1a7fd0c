import { graphql } from '../../../../gql';

export const DEBTOR_INVOICE_PAGE_QUERY = graphql(/* GraphQL */ `
  query DebtorInvoicePage($token: String!) {
    debtorInvoicePage(token: $token) {
      creditorName
      debtorName
      invoiceNumber
      amountCents
      currency
      dueDate
      daysLate
      status
      paymentUrl
      paymentInstructions
      currentScore
      scoreGainIfPaidToday
      linkExpiresAt
      pendingDeclaration {
        id
        paidOn
        status
      }
      proposedPlan {
        id
        status
        instalments {
          dueDate
          amountCents
        }
      }
      openDisputeReason
    }
  }
`);
