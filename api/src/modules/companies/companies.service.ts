import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { COMPANY_COLUMNS, companyFromRow, type CompanyRecord, type CompanyRow } from './domain/company-record.js';
import { normalizeName } from './domain/normalize-name.js';
import { parseSiren, validateSiren } from './domain/siren.js';
import { applyWordDeltaSql, distinctWords } from './search/search-words.js';
import { searchCompanies, type SearchCompaniesPage, type SearchCompaniesRequest } from './search/search-companies.js';
import { queryRows } from './sql-runner.js';

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The company of a SIREN, or null when unknown. Throws BAD_USER_INPUT for an invalid SIREN. */
  async findBySiren(input: string): Promise<CompanyRecord | null> {
    const siren = validateSiren(input);
    const [row] = await queryRows<CompanyRow>(this.dataSource, `SELECT ${COMPANY_COLUMNS} FROM companies WHERE siren = $1`, [siren]);
    return row ? companyFromRow(row) : null;
  }

  /**
   * Batch load (e.g. a DataLoader behind Invoice.debtor): one query for all SIRENs, keyed by SIREN.
   * Invalid or unknown SIRENs are simply absent from the map.
   */
  async getBySirens(sirens: readonly string[]): Promise<Map<string, CompanyRecord>> {
    const valid = [...new Set(sirens.map((s) => parseSiren(s)).filter((s): s is string => s !== null))];
    const found = new Map<string, CompanyRecord>();
    if (valid.length === 0) return found;
    const rows = await queryRows<CompanyRow>(
      this.dataSource,
      `SELECT ${COMPANY_COLUMNS} FROM companies WHERE siren = ANY($1::text[])`,
      [valid],
    );
    for (const row of rows) found.set(row.siren, companyFromRow(row));
    return found;
  }

  /**
   * For a creditor naming a debtor: the known company, or a new one (source CREDITOR) under the
   * given name or "Entreprise <siren>". An existing company's name is never changed by a creditor.
   */
  async findOrCreateBySiren(input: string, name?: string | null): Promise<CompanyRecord> {
    const siren = validateSiren(input);
    const cleaned = (name ?? '').trim().replace(/\s+/g, ' ').slice(0, 200);
    const displayName = normalizeName(cleaned) === '' ? `Entreprise ${siren}` : cleaned;
    // The new company's words enter company_search_words in the same statement.
    const [inserted] = await queryRows<CompanyRow>(
      this.dataSource,
      `WITH ins AS (
         INSERT INTO companies (siren, name, search_name, active, source, sole_trader, updated_at)
         VALUES ($1, $2, $3, true, 'CREDITOR', false, $4)
         ON CONFLICT (siren) DO NOTHING
         RETURNING ${COMPANY_COLUMNS}, search_name
       ),
       words AS (${applyWordDeltaSql(`SELECT w.word, 1 AS d FROM ins, ${distinctWords('ins.search_name')}`)})
       SELECT * FROM ins`,
      [siren, displayName, normalizeName(displayName), this.clock.now()],
    );
    if (inserted) return companyFromRow(inserted);
    const existing = await this.findBySiren(siren);
    if (!existing) throw new Error(`Company ${siren} vanished right after a conflicting insert`);
    return existing;
  }

  search(request: SearchCompaniesRequest): Promise<SearchCompaniesPage> {
    return searchCompanies(this.dataSource, request);
  }
}
