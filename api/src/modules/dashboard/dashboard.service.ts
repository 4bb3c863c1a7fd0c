import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { parisDate } from '../invoices/domain/calendar-date.js';
import { DashboardException } from './dashboard.exception.js';
import { DASHBOARD_SERIES_SQL, DASHBOARD_SUMMARY_SQL, DashboardSeriesRow, DashboardSummaryRow } from './dashboard.queries.js';
import { resolvePeriod } from './domain/dashboard-period.js';
import { DASHBOARD_CURRENCY } from './domain/metrics.js';
import { daysSalesOutstanding, ratio } from './domain/ratios.js';
import { DashboardGranularity, DashboardPeriodInput } from './dtos/dashboard-period.input.js';
import { DashboardBucketObject, DashboardObject } from './dtos/dashboard.object.js';

const BUCKET_UNIT: Record<DashboardGranularity, 'week' | 'month'> = {
  [DashboardGranularity.WEEK]: 'week',
  [DashboardGranularity.MONTH]: 'month',
};

/** The creditor dashboard: figures and series computed in PostgreSQL (dashboard.queries.ts). */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(siren: string, input: DashboardPeriodInput): Promise<DashboardObject> {
    const granularity = input.granularity ?? DashboardGranularity.MONTH;
    const period = resolvePeriod({ from: input.from, to: input.to, granularity }, parisDate(this.clock.now()));
    if ('code' in period) throw DashboardException.fromPeriodError(period);

    const params = [siren, period.from, period.asOf, DASHBOARD_CURRENCY];
    // Two statements, run side by side on two pooled connections: each is consistent on its own
    // (one statement, one snapshot).
    const [summaryRows, series] = (await Promise.all([
      this.dataSource.query(DASHBOARD_SUMMARY_SQL, params),
      this.dataSource.query(DASHBOARD_SERIES_SQL, [...params, BUCKET_UNIT[granularity]]),
    ])) as [[DashboardSummaryRow], DashboardSeriesRow[]];
    const [summary] = summaryRows;

    const outstanding = Number(summary.outstanding);
    const invoiced = Number(summary.invoiced);
    const dueAmount = Number(summary.due_amount);
    const recovered = Number(summary.recovered);
    return {
      from: period.from,
      to: period.to,
      asOf: period.asOf,
      granularity,
      currency: DASHBOARD_CURRENCY,
      outstandingAmountCents: outstanding,
      overdueAmountCents: Number(summary.overdue),
      invoicedAmountCents: invoiced,
      dsoDays: daysSalesOutstanding(outstanding, invoiced, period.days),
      invoicesDue: summary.due_count,
      dueAmountCents: dueAmount,
      recoveredAmountCents: recovered,
      recoveryRate: ratio(recovered, dueAmount),
      remindersSent: summary.reminders_sent,
      averageRemindersPerInvoice: ratio(summary.reminders_sent, summary.due_count),
      disputedInvoices: summary.disputed,
      litigationRate: ratio(summary.disputed, summary.due_count),
      tokensSpent: summary.tokens_spent,
      tokensPerInvoice: ratio(summary.tokens_spent, summary.due_count),
      series: series.map(toBucket),
    };
  }
}

function toBucket(row: DashboardSeriesRow): DashboardBucketObject {
  return {
    start: row.start_day,
    end: row.end_day,
    invoicedCents: Number(row.invoiced),
    collectedCents: Number(row.collected),
    outstandingCents: Number(row.outstanding),
    overdueCents: Number(row.overdue),
    remindersSent: row.reminders_sent,
  };
}
