import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An immutable score fact (a trigger refuses UPDATE and DELETE). Written by ScoreEventsRecorder only. */
@Entity({ name: 'score_events' })
export class ScoreEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The debtor the fact is about. */
  @Column({ name: 'company_siren', type: 'char', length: 9 })
  companySiren!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'creditor_siren', type: 'char', length: 9, nullable: true })
  creditorSiren!: string | null;

  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId!: string | null;

  @Column({ name: 'publication_id', type: 'uuid', nullable: true })
  publicationId!: string | null;

  @Column({ name: 'amount_cents', type: 'bigint', nullable: true })
  amountCents!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
