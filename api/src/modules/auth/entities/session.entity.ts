import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A log-in. The cookie holds a random token; only its SHA-256 is stored here. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'active_company_siren', type: 'char', length: 9, nullable: true })
  activeCompanySiren!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
