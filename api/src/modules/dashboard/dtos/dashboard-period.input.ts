import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export enum DashboardGranularity {
  /** ISO weeks, Monday first. */
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(DashboardGranularity, { name: 'DashboardGranularity', description: 'Size of the buckets of the dashboard series.' });

@InputType('DashboardPeriodInput')
export class DashboardPeriodInput {
  @Field(() => String, { description: 'First day, YYYY-MM-DD (Europe/Paris), included.' })
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD, included. Figures are read at min(to, today). At most 731 days after `from`.' })
  to!: string;

  @Field(() => DashboardGranularity, { nullable: true, defaultValue: DashboardGranularity.MONTH })
  granularity?: DashboardGranularity | null;
}
