import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { InvoiceStatus } from '../domain/invoice-status.js';
import { bigintAsNumber } from './bigint-number.transformer.js';

/** A creditor's invoice to a debtor. Dates are 'YYYY-MM-DD' calendar dates. */
@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'creditor_siren', type: 'char', length: 9 })
  creditorSiren!: string;

  @Column({ name: 'debtor_siren', type: 'char', length: 9 })
  debtorSiren!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  /** Unique per creditor. */
  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintAsNumber })
  amountCents!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'issue_date', type: 'date' })
  issueDate!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** The real payment date, possibly retroactive. */
  @Column({ name: 'paid_at', type: 'date', nullable: true })
  paidAt!: string | null;

  @Column({ type: 'text' })
  status!: InvoiceStatus;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
