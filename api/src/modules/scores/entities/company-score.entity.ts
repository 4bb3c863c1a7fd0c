import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The materialised current score of a company, as the worker last computed it. */
@Entity({ name: 'company_scores' })
export class CompanyScoreEntity {
  @PrimaryColumn({ type: 'char', length: 9 })
  siren!: string;

  @Column({ type: 'numeric', precision: 4, scale: 1 })
  value!: string;

  @Column({ type: 'char', length: 1 })
  grade!: string;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  confidence!: string;

  @Column({ name: 'enough_data', type: 'boolean' })
  enoughData!: boolean;

  @Column({ name: 'trend_direction', type: 'text' })
  trendDirection!: string;

  @Column({ name: 'trend_delta', type: 'numeric', precision: 4, scale: 1 })
  trendDelta!: string;

  @Column({ type: 'jsonb' })
  contributions!: unknown[];

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;

  @Column({ name: 'events_count', type: 'int' })
  eventsCount!: number;
}
