import type pg from 'pg';
import type { SireneCompanyRow } from '../domain/sirene-row.js';
import { applyMovedNamesSql } from '../search/search-words.js';
import { assignStagedColumns, copyIn, copyText, COMPANY_WRITE_COLUMNS, STAGED_COLUMN_DEFINITIONS, STAGED_COLUMNS } from './copy-text.js';

/*
 * The `batches` strategy: one batch = COPY into a session-local staging table + one upsert from
 * it, in one transaction. COPY moves rows without per-row parameters or parsing of arrays; the
 * upsert touches `companies` once per batch. ON COMMIT DELETE ROWS empties the staging table at
 * each commit. No key on it: the importer already keeps one row per SIREN in a batch, and an index
 * there only slowed the COPY.
 */

export const CREATE_STAGING_SQL = `
CREATE TEMP TABLE IF NOT EXISTS sirene_import_staging (${STAGED_COLUMN_DEFINITIONS}) ON COMMIT DELETE ROWS`;

export const DROP_STAGING_SQL = `DROP TABLE IF EXISTS sirene_import_staging`;

const COPY_SQL = `COPY sirene_import_staging (${STAGED_COLUMNS}) FROM STDIN`;

/**
 * `changed` keeps only the staged rows that are new or differ from the stored company: a re-import
 * of a monthly file reads most rows and writes few. It is a read (one index probe per row, LATERAL
 * and OFFSET 0 so the planner never turns it into a scan of the whole table), because ON CONFLICT … WHERE would lock,
 * and so write, every unchanged row. It also yields the old search name, so company_search_words
 * moves by the words of rows actually written. The ON CONFLICT stays for a company created by a
 * creditor meanwhile. `city` is not in the stock file and is left as it is. Rows go in SIREN order,
 * so two importers never deadlock.
 */
export const UPSERT_SQL = `
WITH changed AS (
  SELECT s.*, c.search_name AS old_search_name
  FROM sirene_import_staging s
  LEFT JOIN LATERAL (
    SELECT name, search_name, legal_form, activity_code, active, created_on, sole_trader, source
    FROM companies WHERE companies.siren = s.siren OFFSET 0
  ) c ON true
  WHERE (c.name, c.search_name, c.legal_form, c.activity_code, c.active, c.created_on, c.sole_trader, c.source)
    IS DISTINCT FROM (s.name, s.search_name, s.legal_form, s.activity_code, s.active, s.created_on, s.sole_trader, 'SIRENE')
),
up AS (
  INSERT INTO companies AS c (${COMPANY_WRITE_COLUMNS})
  SELECT ch.siren, ch.name, ch.search_name, ch.legal_form, ch.activity_code, ch.active, ch.created_on, ch.sole_trader, 'SIRENE', $1
  FROM changed ch ORDER BY ch.siren
  ON CONFLICT (siren) DO UPDATE SET ${assignStagedColumns('EXCLUDED')}, source = 'SIRENE', updated_at = EXCLUDED.updated_at
  RETURNING siren, search_name
),
moved AS (
  SELECT up.siren, up.search_name AS new_name, changed.old_search_name AS old_name
  FROM up JOIN changed USING (siren)
  WHERE changed.old_search_name IS DISTINCT FROM up.search_name
)
${applyMovedNamesSql()}`;

/** Writes one batch (SIRENs unique within it) atomically. */
export async function writeBatch(client: pg.ClientBase, rows: Iterable<SireneCompanyRow>, now: Date): Promise<void> {
  const text = copyText(rows);
  await client.query('BEGIN');
  try {
    await copyIn(client, COPY_SQL, text);
    // GIN indexes (search_vector) take new entries into a pending list merged in bulk: a larger
    // list for this transaction makes those merges rarer and bigger, much cheaper per row.
    await client.query(`SET LOCAL gin_pending_list_limit = '32MB'`);
    await client.query(UPSERT_SQL, [now]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
