/** A company as the service hands it out, whether read through TypeORM or raw SQL. */
export interface CompanyRecord {
  siren: string;
  name: string;
  legalForm: string | null;
  activityCode: string | null;
  city: string | null;
  active: boolean;
  /** ISO date (YYYY-MM-DD) or null. */
  createdOn: string | null;
  source: 'SIRENE' | 'CREDITOR';
  soleTrader: boolean;
}

/** Columns of a raw `companies` read; created_on as text so pg does not turn it into a local Date. */
export const COMPANY_COLUMNS =
  'siren, name, legal_form, activity_code, city, active, created_on::text AS created_on, source, sole_trader';

export interface CompanyRow {
  siren: string;
  name: string;
  legal_form: string | null;
  activity_code: string | null;
  city: string | null;
  active: boolean;
  created_on: string | null;
  source: 'SIRENE' | 'CREDITOR';
  sole_trader: boolean;
}

export function companyFromRow(row: CompanyRow): CompanyRecord {
  return {
    siren: row.siren,
    name: row.name,
    legalForm: row.legal_form,
    activityCode: row.activity_code,
    city: row.city,
    active: row.active,
    createdOn: row.created_on,
    source: row.source,
    soleTrader: row.sole_trader,
  };
}
