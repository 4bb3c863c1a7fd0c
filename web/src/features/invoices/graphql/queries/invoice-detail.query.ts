import { graphql } from '../../../../gql';
import type { InvoiceDetailQuery } from '../../../../gql/graphql';

/** One invoice with every reminder run and message, and what happened to it besides: the invoice page in one request. */
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
        pausedReason
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
      events {
        id
        kind
        actor
        details
        occurredAt
      }
    }
  }
`);

export type InvoiceDetail = InvoiceDetailQuery['invoice'];
export type TimelineRun = InvoiceDetailQuery['invoiceTimeline']['runs'][number];
export type TimelineMessage = TimelineRun['messages'][number];
export type TimelineEvent = InvoiceDetailQuery['invoiceTimeline']['events'][number];
