import type { SireneCompanyRow } from '../domain/sirene-row.js';

/** The staged columns, in COPY order (both staging tables share them; the bulk one adds `seq` first). */
export const STAGED_COLUMNS = 'siren, name, search_name, legal_form, activity_code, active, created_on, sole_trader';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N. */
function field(value: string | null): string {
  if (value === null) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/**
 * One row as a COPY text line. `siren` is 9 digits, `searchName` only [a-z0-9 ] and `createdOn` an
 * ISO date or null (mapSireneRecord guarantees it): only the free-text fields need escaping.
 */
function fields(r: SireneCompanyRow): string {
  return `${r.siren}\t${field(r.name)}\t${r.searchName}\t${field(r.legalForm)}\t${field(r.activityCode)}\t${r.active ? 't' : 'f'}\t${r.createdOn ?? '\\N'}\t${r.soleTrader ? 't' : 'f'}`;
}

function line(r: SireneCompanyRow): string {
  return `${fields(r)}\n`;
}

export function copyText(rows: Iterable<SireneCompanyRow>): string {
  let text = '';
  for (const r of rows) text += line(r);
  return text;
}

/** The same lines, each preceded by its sequence number in the file (from `firstSeq` on). */
export function copyTextWithSeq(rows: readonly SireneCompanyRow[], firstSeq: number): string {
  let text = '';
  for (let i = 0; i < rows.length; i += 1) text += `${firstSeq + i}\t${line(rows[i] as SireneCompanyRow)}`;
  return text;
}

/** The columns companyCopyText writes: the staged ones, then the company's source and updated_at. */
export const COMPANY_COPY_COLUMNS = `${STAGED_COLUMNS}, source, updated_at`;

/** Lines for COPY straight into companies: the staged columns, then 'SIRENE' and `updatedAt` (ISO). */
export function companyCopyText(rows: Iterable<SireneCompanyRow>, updatedAt: string): string {
  const suffix = `\tSIRENE\t${updatedAt}\n`;
  let text = '';
  for (const r of rows) text += fields(r) + suffix;
  return text;
}
