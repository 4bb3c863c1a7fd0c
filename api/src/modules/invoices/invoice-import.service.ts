import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { CompaniesService } from '../companies/companies.service.js';
import { parisDate } from './domain/calendar-date.js';
import { parseInvoiceCsv } from './domain/parse-invoice-csv.js';
import { ValidInvoice } from './domain/validate-invoice.js';
import { contactKey, saveContacts } from './contacts-writer.js';
import { InvoiceImportResultObject } from './dtos/import-invoices.input.js';
import { InvoiceLifecycle } from './invoice-lifecycle.js';

/** Rows written per statement (the whole file is one transaction; this keeps each statement's arrays small). */
export const IMPORT_BATCH_SIZE = 1_000;

/**
 * Imports a CSV of invoices: bad rows are reported with their line, good rows are inserted.
 * Idempotent: a number this creditor already has is counted as alreadyImported and left untouched,
 * so importing the same file twice creates nothing the second time.
 */
@Injectable()
export class InvoiceImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly lifecycle: InvoiceLifecycle,
    private readonly clock: Clock,
  ) {}

  async import(creditorSiren: string, userId: string, csv: string): Promise<InvoiceImportResultObject> {
    const parsed = parseInvoiceCsv(csv, { creditorSiren, today: parisDate(this.clock.now()) });
    const rows = parsed.valid.map((row) => row.invoice);

    const existing: { number: string }[] = rows.length
      ? await this.dataSource.query(`SELECT number FROM invoices WHERE creditor_siren = $1 AND number = ANY($2::text[])`, [
          creditorSiren,
          rows.map((row) => row.number),
        ])
      : [];
    const known = new Set(existing.map((row) => row.number));
    const fresh = rows.filter((row) => !known.has(row.number));

    await this.ensureDebtors(fresh);

    // One transaction for the whole file (at most MAX_CSV_ROWS rows): an import cut short (say,
    // PostgreSQL restarting) leaves no invoice behind, and sending the file again imports it all.
    const created = fresh.length === 0 ? 0 : await this.dataSource.transaction(async (manager) => {
      let count = 0;
      for (let start = 0; start < fresh.length; start += IMPORT_BATCH_SIZE) {
        count += await this.insertBatch(manager, creditorSiren, userId, fresh.slice(start, start + IMPORT_BATCH_SIZE));
      }
      return count;
    });
    return {
      created,
      alreadyImported: rows.length - created,
      rejected: parsed.rejected,
      errors: parsed.errors.map((error) => ({ line: error.line, field: error.field, code: error.code, message: error.message })),
    };
  }

  /** Registers the debtors the platform does not know yet, named after the file when it names them. */
  private async ensureDebtors(rows: readonly ValidInvoice[]): Promise<void> {
    const names = new Map<string, string | null>();
    for (const row of rows) if (!names.get(row.debtorSiren)) names.set(row.debtorSiren, row.debtorName);
    if (names.size === 0) return;
    const known = await this.companies.getBySirens([...names.keys()]);
    for (const [siren, name] of names) {
      if (!known.has(siren)) await this.companies.findOrCreateBySiren(siren, name);
    }
  }

  /** Contacts first, then the invoices, inside the import's transaction; a number taken meanwhile is skipped, not an error. */
  private async insertBatch(manager: EntityManager, creditorSiren: string, userId: string, rows: readonly ValidInvoice[]): Promise<number> {
    const now = this.clock.now();
    const contacts = rows.flatMap((row) => (row.contact ? [{ debtorSiren: row.debtorSiren, contact: row.contact }] : []));
    const contactIds = await saveContacts(manager, creditorSiren, contacts, now);
    const inserted: { id: string; debtor_siren: string; amount_cents: string; issue_date: string; due_date: string }[] = await manager.query(
      `INSERT INTO invoices (creditor_siren, debtor_siren, contact_id, number, amount_cents, currency, issue_date, due_date,
                             status, created_by, created_at, updated_at)
       SELECT $1, t.debtor, t.contact_id::uuid, t.number, t.amount::bigint, t.currency, t.issue::date, t.due::date,
              'OPEN', $2, $3, $3
         FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
              AS t(debtor, contact_id, number, amount, currency, issue, due)
       ON CONFLICT (creditor_siren, number) DO NOTHING
       RETURNING id, debtor_siren, amount_cents::text AS amount_cents, issue_date::text AS issue_date, due_date::text AS due_date`,
      [
        creditorSiren,
        userId,
        now,
        rows.map((row) => row.debtorSiren),
        rows.map((row) => (row.contact ? (contactIds.get(contactKey(row.debtorSiren, row.contact)) ?? null) : null)),
        rows.map((row) => row.number),
        rows.map((row) => String(row.amountCents)),
        rows.map((row) => row.currency),
        rows.map((row) => row.issueDate),
        rows.map((row) => row.dueDate),
      ],
    );
    await this.lifecycle.createdWithin(
      manager,
      inserted.map((row) => ({ invoiceId: row.id, creditorSiren, debtorSiren: row.debtor_siren, amountCents: Number(row.amount_cents), issueDate: row.issue_date, dueDate: row.due_date })),
    );
    return inserted.length;
  }
}
