import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SireneCompanyRow } from '../domain/sirene-row.js';

/** Runs `COPY … FROM STDIN` (`sql`) with these lines; nothing to send, no statement. */
export async function copyIn(client: pg.ClientBase, sql: string, text: string): Promise<void> {
  if (text === '') return;
  await pipeline(Readable.from([text]), client.query(copyFrom(sql)));
}

/** The staged columns, in COPY order (every staging table shares them; the bulk one adds `seq` first). */
export const STAGED_COLUMNS = 'siren, name, search_name, legal_form, activity_code, active, created_on, sole_trader';

/** The same columns with their types, for the staging tables' CREATE. */
export const STAGED_COLUMN_DEFINITIONS =
  'siren char(9) NOT NULL, name text NOT NULL, search_name text NOT NULL, legal_form text, activity_code text, active boolean NOT NULL, created_on date, sole_trader boolean NOT NULL';

/** `name = <source>.name, …` for every staged column but the key: an UPDATE or ON CONFLICT from staged rows. */
export function assignStagedColumns(source: string): string {
  return STAGED_COLUMNS.split(', ').filter((column) => column !== 'siren').map((column) => `${column} = ${source}.${column}`).join(', ');
}

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

/** The columns of companies an import writes, in order: the staged ones, then source and updated_at (companyCopyText's lines). */
export const COMPANY_WRITE_COLUMNS = `${STAGED_COLUMNS}, source, updated_at`;

/** Lines for COPY straight into companies: the staged columns, then 'SIRENE' and `updatedAt` (ISO). */
export function companyCopyText(rows: Iterable<SireneCompanyRow>, updatedAt: string): string {
  const suffix = `\tSIRENE\t${updatedAt}\n`;
  let text = '';
  for (const r of rows) text += fields(r) + suffix;
  return text;
}
