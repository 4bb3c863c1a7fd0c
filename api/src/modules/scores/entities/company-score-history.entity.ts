import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A company's score on one day (Europe/Paris), for the 12-month chart. */
@Entity({ name: 'company_score_history' })
export class CompanyScoreHistoryEntity {
  @PrimaryColumn({ type: 'char', length: 9 })
  siren!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'numeric', precision: 4, scale: 1 })
  value!: string;

  @Column({ type: 'char', length: 1 })
  grade!: string;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  confidence!: string;
}
