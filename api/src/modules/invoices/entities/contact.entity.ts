import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ContactChannel } from '../domain/contact-channel.js';

/** A creditor's contact at a debtor: private to that creditor, never public. */
@Entity({ name: 'contacts' })
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'creditor_siren', type: 'char', length: 9 })
  creditorSiren!: string;

  @Column({ name: 'debtor_siren', type: 'char', length: 9 })
  debtorSiren!: string;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  /** Lower-case; unique per (creditor, debtor) when present. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** E.164. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'preferred_channel', type: 'text' })
  preferredChannel!: ContactChannel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
