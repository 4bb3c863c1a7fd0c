import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DashboardGranularity } from './dashboard-period.input.js';

const CENTS = 'In cents (Float: sums may pass GraphQL Int).';

@ObjectType('DashboardBucket')
export class DashboardBucketObject {
  @Field(() => String, { description: 'First day of the bucket inside the period, YYYY-MM-DD.' })
  start!: string;

  @Field(() => String, { description: 'Last day of the bucket inside [from, asOf], YYYY-MM-DD.' })
  end!: string;

  @Field(() => Float, { description: `Amount issued inside the bucket. ${CENTS}` })
  invoicedCents!: number;

  @Field(() => Float, { description: `Amount paid (by real payment date) inside the bucket. ${CENTS}` })
  collectedCents!: number;

  @Field(() => Float, { description: `Outstanding at the bucket's last day. ${CENTS}` })
  outstandingCents!: number;

  @Field(() => Float, { description: `Overdue at the bucket's last day. ${CENTS}` })
  overdueCents!: number;

  @Field(() => Int, { description: 'Reminder messages handed to the provider inside the bucket (THANKS excluded).' })
  remindersSent!: number;
}

@ObjectType('Dashboard', {
  description:
    "The active creditor company's receivables over a period, EUR invoices only, CANCELLED excluded, every figure read at `asOf` = min(to, today). " +
    'The cohort is the invoices due in [from, asOf]; ratios are over it and null when it is empty.',
})
export class DashboardObject {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { description: 'The day the figures are read at: min(to, today in Europe/Paris).' })
  asOf!: string;

  @Field(() => DashboardGranularity)
  granularity!: DashboardGranularity;

  @Field(() => String, { description: 'Currency of every amount (EUR).' })
  currency!: string;

  @Field(() => Float, { description: `Issued on or before asOf and not paid on or before asOf. ${CENTS}` })
  outstandingAmountCents!: number;

  @Field(() => Float, { description: `Part of the outstanding amount due before asOf. ${CENTS}` })
  overdueAmountCents!: number;

  @Field(() => Float, { description: `Issued in [from, asOf]. ${CENTS}` })
  invoicedAmountCents!: number;

  @Field(() => Float, { nullable: true, description: 'Days sales outstanding: outstanding / invoiced × days in [from, asOf], one decimal; null when nothing was invoiced.' })
  dsoDays!: number | null;

  @Field(() => Int, { description: 'Cohort size: invoices due in [from, asOf].' })
  invoicesDue!: number;

  @Field(() => Float, { description: `Cohort amount. ${CENTS}` })
  dueAmountCents!: number;

  @Field(() => Float, { description: `Cohort amount paid on or before asOf. ${CENTS}` })
  recoveredAmountCents!: number;

  @Field(() => Float, { nullable: true, description: 'Cohort amount paid on or before asOf / cohort amount, 0–1.' })
  recoveryRate!: number | null;

  @Field(() => Int, { description: 'Reminder messages of cohort invoices handed to the provider on or before asOf, THANKS excluded.' })
  remindersSent!: number;

  @Field(() => Float, { nullable: true, description: 'remindersSent / invoicesDue.' })
  averageRemindersPerInvoice!: number | null;

  @Field(() => Int, { description: 'Cohort invoices whose status is DISPUTED (current status: no dispute date is kept).' })
  disputedInvoices!: number;

  @Field(() => Float, { nullable: true, description: 'disputedInvoices / invoicesDue, 0–1.' })
  litigationRate!: number | null;

  @Field(() => Int, { description: 'Tokens spent on runs of cohort invoices minus refunds, ledger entries on or before asOf.' })
  tokensSpent!: number;

  @Field(() => Float, { nullable: true, description: 'tokensSpent / invoicesDue.' })
  tokensPerInvoice!: number | null;

  @Field(() => [DashboardBucketObject], { description: 'One bucket per week or month of [from, asOf], oldest first.' })
  series!: DashboardBucketObject[];
}
