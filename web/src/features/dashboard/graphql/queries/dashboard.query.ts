import { graphql } from '../../../../gql';
import type { DashboardQuery } from '../../../../gql/graphql';

export const DASHBOARD_QUERY = graphql(/* GraphQL */ `
  query Dashboard($period: DashboardPeriodInput!) {
    dashboard(period: $period) {
      from
      to
      asOf
      granularity
      currency
      outstandingAmountCents
      overdueAmountCents
      invoicedAmountCents
      dsoDays
      invoicesDue
      dueAmountCents
      recoveredAmountCents
      recoveryRate
      remindersSent
      averageRemindersPerInvoice
      disputedInvoices
      litigationRate
      tokensSpent
      tokensPerInvoice
      series {
        start
        end
        invoicedCents
        collectedCents
        outstandingCents
        overdueCents
        remindersSent
      }
    }
  }
`);

export type DashboardData = DashboardQuery['dashboard'];
