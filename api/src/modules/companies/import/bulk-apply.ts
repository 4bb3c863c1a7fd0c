import type pg from 'pg';
import { companiesEstimate } from '../companies-estimate.js';
import { applyMovedNamesSql } from '../search/search-words.js';
import { assignStagedColumns, COMPANY_WRITE_COLUMNS, STAGED_COLUMNS } from './copy-text.js';
import { stepTimer } from './step-timer.js';
import { lockCompaniesExclusively, putBack, setAside, type SetAside } from './table-rebuild.js';

/*
 * The `bulk` strategy's second half: the whole file is in sirene_bulk_staging (bulk-staging.ts);
 * one transaction turns it into companies. All or nothing for the file.
 *
 * 1. `latest`: one row per SIREN, the last of the file (highest seq).
 * 2. sirene_bulk_changed: the rows that are new or differ from the stored company, with the stored
 *    search name. A join the planner chooses (staging is analysed first): a hash join over the
 *    table when the file is large, index probes when it is small. Unchanged rows are never written.
 * 3. Written. When the file is large relative to the table (an initial load) the table and its
 *    words are locked, their secondary indexes and the profile triggers set aside
 *    (table-rebuild.ts), rows inserted or updated plainly, and the indexes built once at the end. Otherwise the same upsert as the
 *    batches strategy, with the table open to readers and writers.
 * 4. company_search_words moved by the words of the rows written, in the same transaction.
 */

export const BULK_STAGING_TABLE = 'sirene_bulk_staging';

export interface BulkApplyOptions {
  now: Date;
  /** `auto`: rebuild when the file is large relative to the table (see shouldRebuild). */
  rebuildIndexes: 'auto' | 'always' | 'never';
}

export interface BulkApplyResult {
  /** Distinct SIRENs of the file (accepted rows, a repeated SIREN counted once). */
  distinctRows: number;
  /** Rows inserted or updated (the others were already up to date). */
  written: number;
  /** Whether the secondary indexes were rebuilt (table locked meanwhile). */
  rebuilt: boolean;
  /** Milliseconds per step, in order (for the logs and the bench). */
  stepsMs: Record<string, number>;
}

/** Below this many staged rows, rebuilding the indexes is never worth locking readers out. */
export const MIN_REBUILD_ROWS = 100_000;

/** Rebuild when at least half the resulting table comes from this file (staged ≥ 2 × existing). */
export function shouldRebuild(stagedRows: number, tableRows: number): boolean {
  return stagedRows >= MIN_REBUILD_ROWS && stagedRows >= 2 * tableRows;
}

const STORED = '(c.name, c.search_name, c.legal_form, c.activity_code, c.active, c.created_on, c.sole_trader, c.source)';
const INCOMING = `(s.name, s.search_name, s.legal_form, s.activity_code, s.active, s.created_on, s.sole_trader, 'SIRENE')`;

const CREATE_CHANGED_SQL = `
CREATE TEMP TABLE sirene_bulk_changed ON COMMIT DROP AS
SELECT ${STAGED_COLUMNS}, true AS existed, search_name AS old_search_name FROM ${BULK_STAGING_TABLE} WITH NO DATA`;

const DIFF_SQL = `
WITH latest AS MATERIALIZED (
  SELECT DISTINCT ON (siren) ${STAGED_COLUMNS} FROM ${BULK_STAGING_TABLE} ORDER BY siren, seq DESC
),
changed AS (
  INSERT INTO sirene_bulk_changed
  SELECT s.siren, s.name, s.search_name, s.legal_form, s.activity_code, s.active, s.created_on, s.sole_trader,
         c.siren IS NOT NULL, c.search_name
  FROM latest s LEFT JOIN companies c ON c.siren = s.siren
  WHERE ${STORED} IS DISTINCT FROM ${INCOMING}
  RETURNING 1
)
SELECT (SELECT count(*) FROM latest)::int AS distinct_rows, (SELECT count(*) FROM changed)::int AS changed_rows`;

/** With the table locked nobody else writes it: plain INSERT and UPDATE, words from the diff. */
const INSERT_NEW_SQL = `
INSERT INTO companies (${COMPANY_WRITE_COLUMNS})
SELECT ${STAGED_COLUMNS}, 'SIRENE', $1
FROM sirene_bulk_changed WHERE NOT existed ORDER BY siren`;

const UPDATE_EXISTING_SQL = `
UPDATE companies c SET ${assignStagedColumns('ch')}, source = 'SIRENE', updated_at = $1
FROM sirene_bulk_changed ch WHERE ch.existed AND c.siren = ch.siren`;

const LOCKED_WORDS_SQL = `
WITH moved AS (
  SELECT search_name AS new_name, old_search_name AS old_name FROM sirene_bulk_changed WHERE old_search_name IS DISTINCT FROM search_name
)
${applyMovedNamesSql()}`;

/**
 * Table open: a company created by a creditor since the diff still meets ON CONFLICT; words move
 * by what RETURNING says was written (as in the batches strategy).
 */
const UPSERT_CHANGED_SQL = `
WITH up AS (
  INSERT INTO companies AS c (${COMPANY_WRITE_COLUMNS})
  SELECT ${STAGED_COLUMNS}, 'SIRENE', $1
  FROM sirene_bulk_changed ORDER BY siren
  ON CONFLICT (siren) DO UPDATE SET ${assignStagedColumns('EXCLUDED')}, source = 'SIRENE', updated_at = EXCLUDED.updated_at
  RETURNING siren, search_name
),
moved AS (
  SELECT up.search_name AS new_name, ch.old_search_name AS old_name
  FROM up JOIN sirene_bulk_changed ch USING (siren)
  WHERE ch.old_search_name IS DISTINCT FROM up.search_name
)
${applyMovedNamesSql()}`;

async function tableRows(client: pg.ClientBase): Promise<number> {
  const estimate = await companiesEstimate(client);
  if (estimate !== null) return estimate;
  // Never analysed (a new database): count, it is small or about to be analysed by autovacuum.
  const { rows: counted } = await client.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM companies`);
  return Number(counted[0]?.n ?? 0);
}

async function wantsRebuild(client: pg.ClientBase, mode: BulkApplyOptions['rebuildIndexes']): Promise<boolean> {
  if (mode === 'never') return false;
  if (mode === 'auto') {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM ${BULK_STAGING_TABLE}`);
    if (!shouldRebuild(Number(rows[0]?.n ?? 0), await tableRows(client))) return false;
  }
  return lockCompaniesExclusively(client);
}

/** Applies the staged file in one transaction. */
export async function applyStaged(client: pg.ClientBase, options: BulkApplyOptions): Promise<BulkApplyResult> {
  const { stepsMs, step } = stepTimer();
  await client.query('BEGIN');
  try {
    // Sorts and hashes over the whole file stay in memory; index builds get room to sort.
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await step('analyzeStaging', () => client.query(`ANALYZE ${BULK_STAGING_TABLE}`));
    const rebuilt = await step('lock', () => wantsRebuild(client, options.rebuildIndexes));
    const aside: SetAside | null = rebuilt ? await step('setAside', () => setAside(client)) : null;

    const { rows } = await step('diff', async () => {
      await client.query(CREATE_CHANGED_SQL);
      return client.query<{ distinct_rows: number; changed_rows: number }>(DIFF_SQL);
    });
    const distinctRows = rows[0]?.distinct_rows ?? 0;
    const written = rows[0]?.changed_rows ?? 0;

    if (written > 0) {
      if (aside) {
        await step('insert', () => client.query(INSERT_NEW_SQL, [options.now]));
        await step('update', () => client.query(UPDATE_EXISTING_SQL, [options.now]));
        await step('words', () => client.query(LOCKED_WORDS_SQL));
      } else {
        await client.query(`SET LOCAL gin_pending_list_limit = '32MB'`);
        await step('upsertAndWords', () => client.query(UPSERT_CHANGED_SQL, [options.now]));
      }
    }
    if (aside) {
      await step('indexes', () => putBack(client, aside));
      // The planner's picture of a table that just grew from (almost) nothing.
      await step('analyze', () => client.query('ANALYZE companies'));
    }
    await step('commit', () => client.query('COMMIT'));
    return { distinctRows, written, rebuilt, stepsMs };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
