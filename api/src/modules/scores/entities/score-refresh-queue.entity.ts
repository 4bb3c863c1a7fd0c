import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A company whose score must be recomputed from `staleFrom` on; the worker's source of truth. */
@Entity({ name: 'score_refresh_queue' })
export class ScoreRefreshQueueEntity {
  @PrimaryColumn({ type: 'char', length: 9 })
  siren!: string;

  @Column({ name: 'stale_from', type: 'date' })
  staleFrom!: string;

  /** Moves on every mark: a refresh deletes the row only if it is unchanged. */
  @Column({ type: 'bigint' })
  generation!: string;

  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt!: Date;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;
}
