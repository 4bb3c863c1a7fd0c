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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
