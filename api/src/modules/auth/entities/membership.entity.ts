import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MemberRole } from '../domain/roles.js';

/** A user acting for a company with a role. */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'company_siren', type: 'char', length: 9 })
  companySiren!: string;

  @Column({ type: 'text' })
  role!: MemberRole;

  /** Set once the user was verified as speaking for the company (company claim or verified inviter). */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
