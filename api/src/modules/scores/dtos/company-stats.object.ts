import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** Public, aggregated payment statistics of a debtor; no creditor is named. */
@ObjectType('CompanyStats')
export class CompanyStatsObject {
  @Field(() => Int, { description: 'Invoices creditors reported on this company (cancelled ones excluded).' })
  invoicesReported!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) of the invoices paid on or before their due date, among those paid or overdue; null when none.',
  })
  onTimeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average days beyond terms over the same invoices (0 when on time; overdue ones count the days so far); null when none.',
  })
  averageDaysLate!: number | null;
}
