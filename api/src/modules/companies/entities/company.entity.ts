import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CompanySource = 'SIRENE' | 'CREDITOR';

/**
 * A company (unité légale) keyed by SIREN. `search_vector` (generated from search_name) exists in
 * the table but is not mapped: only the search SQL reads it.
 */
@Entity({ name: 'companies' })
export class Company {
  @PrimaryColumn({ type: 'char', length: 9 })
  siren!: string;

  /** Public name; for a sole trader the trade name or a neutral label, never the person's name. */
  @Column({ type: 'text' })
  name!: string;

  /** normalizeName(name): the accent- and case-insensitive search key. */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  /** INSEE catégorie juridique code, e.g. 5710 (SAS), 1000 (entrepreneur individuel). */
  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm!: string | null;

  /** NAF code, e.g. 10.71C. */
  @Column({ name: 'activity_code', type: 'text', nullable: true })
  activityCode!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  /** ISO date string (YYYY-MM-DD). */
  @Column({ name: 'created_on', type: 'date', nullable: true })
  createdOn!: string | null;

  @Column({ type: 'text' })
  source!: CompanySource;

  @Column({ name: 'sole_trader', type: 'boolean' })
  soleTrader!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
