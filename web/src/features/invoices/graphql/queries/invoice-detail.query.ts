import { graphql } from '../../../../gql';
import type { InvoiceDetailQuery } from '../../../../gql/graphql';

/** One invoice with every reminder run and message: the invoice page in one request. */
export const INVOICE_DETAIL_QUERY = graphql(/* GraphQL */ `
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id
      number
      amountCents
      currency
      issueDate
      dueDate
      paidAt
      status
      daysOverdue
      debtor {
        siren
        name
      }
      contact {
        id
        name
        email
        phone
        preferredChannel
      }
    }
    invoiceTimeline(invoiceId: $id) {
      invoiceId
      runs {
        id
        scenarioId
        scenarioName
        status
        endReason
        tokenSpent
        tokenRefunded
        createdAt
        endedAt
        segment
        messages {
          id
          stepIndex
          channel
          tone
          toAddress
          subject
          body
          scheduledAt
          status
          attempts
          lastError
          sentAt
          deliveredAt
        }
      }
    }
  }
`);

export type InvoiceDetail = InvoiceDetailQuery['invoice'];
export type TimelineRun = InvoiceDetailQuery['invoiceTimeline']['runs'][number];
export type TimelineMessage = TimelineRun['messages'][number];
