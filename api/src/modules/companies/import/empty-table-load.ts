import type pg from 'pg';
import type { SireneCompanyRow } from '../domain/sirene-row.js';
import { applyMovedNamesSql } from '../search/search-words.js';
import { assignStagedColumns, companyCopyText, COMPANY_WRITE_COLUMNS, copyIn, copyText, STAGED_COLUMN_DEFINITIONS, STAGED_COLUMNS } from './copy-text.js';
import type { RowSink, SinkOutcome } from './import-sinks.js';
import { stepTimer } from './step-timer.js';
import { lockCompaniesExclusively, putBack, setAside, type SetAside } from './table-rebuild.js';
import { WordCounter } from './word-counter.js';

/*
 * The `load` strategy: a large file into an empty `companies` (a new installation's first SIRENE
 * stock). Nothing needs comparing, so the rows skip staging and the diff and go by COPY straight
 * into the table while the file is read, in one transaction opened before the first row:
 *
 *   BEGIN; lock companies and its words (as the bulk rebuild does); check companies is empty and
 *   clear the words (stale ones, frequency 0); set the secondary indexes and profile triggers aside
 *   (table-rebuild.ts); COPY each batch as it is mapped, in SIREN order; write the words counted
 *   here; apply the rows of a SIREN seen twice; build the indexes; ANALYZE; COMMIT.
 *
 * All or nothing, like bulk: a failure or crash anywhere leaves the table empty. The lock is held
 * from the first row on, so searches wait for the whole import (there is nothing to find yet) and
 * a creditor naming a new company waits too; both are told in the README.
 *
 * A SIREN seen twice: its first row is already in the table when the second comes (the primary key
 * would refuse it), so the last row of each repeated SIREN is kept aside and applied as an update at
 * the end, words moved by the difference, as the other strategies do (the last row wins).
 */

/** A SIREN is nine digits: one bit per possible SIREN (125 MB, bounded whatever the file's size). */
const SIREN_SPACE = 1_000_000_000;

const REPEATS_TABLE = 'sirene_load_repeats';

const CREATE_REPEATS_SQL = `
CREATE TEMP TABLE ${REPEATS_TABLE} (${STAGED_COLUMN_DEFINITIONS}) ON COMMIT DROP`;

/** The later rows of repeated SIRENs replace the first ones; words move from the old name to the new. */
const APPLY_REPEATS_SQL = `
WITH moved AS (
  SELECT r.search_name AS new_name, c.search_name AS old_name
  FROM ${REPEATS_TABLE} r JOIN companies c USING (siren)
),
updated AS (
  UPDATE companies c SET ${assignStagedColumns('r')}
  FROM ${REPEATS_TABLE} r WHERE c.siren = r.siren
  RETURNING 1
)
${applyMovedNamesSql()}`;

/** SIRENs already written, one bit each. */
class SirenSet {
  private readonly bits = new Uint8Array(SIREN_SPACE / 8);

  /** Adds the SIREN; false if it was there already. */
  add(siren: string): boolean {
    const n = Number(siren);
    const byte = n >>> 3;
    const mask = 1 << (n & 7);
    const current = this.bits[byte] as number;
    if ((current & mask) !== 0) return false;
    this.bits[byte] = current | mask;
    return true;
  }
}

const bySiren = (a: SireneCompanyRow, b: SireneCompanyRow): number => (a.siren < b.siren ? -1 : a.siren > b.siren ? 1 : 0);

export interface LoadOptions {
  now: Date;
}

async function companiesEmpty(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM companies) AS empty`);
  return rows[0]?.empty === true;
}

/**
 * Opens the load: returns its sink with the transaction begun and the tables locked and emptied of
 * indexes, or null (nothing changed, transaction rolled back) when the table is not empty or its
 * lock was not granted in time: the caller then takes the bulk way.
 */
export async function openEmptyTableLoad(client: pg.ClientBase, options: LoadOptions): Promise<(RowSink & SinkOutcome) | null> {
  const { stepsMs, step } = stepTimer();

  // Most imports meet a filled table: not worth queueing for its lock to learn that.
  if (!(await companiesEmpty(client))) return null;
  await client.query('BEGIN');
  let aside: SetAside;
  try {
    const locked = await step('lock', () => lockCompaniesExclusively(client));
    if (!locked || !(await companiesEmpty(client))) {
      await client.query('ROLLBACK');
      return null;
    }
    // Index builds get room to sort (and to share the work with parallel workers, for the btrees).
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    // Words are derived from companies: with no company, any left are stale (frequency 0).
    await client.query('DELETE FROM company_search_words');
    aside = await step('setAside', () => setAside(client));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }

  const updatedAt = options.now.toISOString();
  const written = new SirenSet();
  const words = new WordCounter();
  const repeats = new Map<string, SireneCompanyRow>();
  let open = true;

  const sink: RowSink & SinkOutcome = {
    rebuiltIndexes: false,
    applyStepsMs: stepsMs,
    open: async () => undefined,
    async write(rows) {
      const fresh: SireneCompanyRow[] = [];
      for (const row of rows) {
        if (written.add(row.siren)) {
          fresh.push(row);
          words.addName(row.searchName);
        } else {
          repeats.set(row.siren, row);
        }
      }
      // In SIREN order, the primary key's inserts walk its leaves once, left to right, instead of jumping about.
      fresh.sort(bySiren);
      const text = companyCopyText(fresh, updatedAt);
      // 'waitForRows': since the previous COPY ended, reading the file while PostgreSQL had nothing to do.
      await step('waitForRows', async () => undefined);
      await step('copy', () => copyIn(client, `COPY companies (${COMPANY_WRITE_COLUMNS}) FROM STDIN`, text));
      return fresh.length;
    },
    async finish() {
      await step('words', () => copyIn(client, 'COPY company_search_words (word, frequency) FROM STDIN', words.copyText()));
      if (repeats.size > 0) {
        await step('repeats', async () => {
          await client.query(CREATE_REPEATS_SQL);
          await copyIn(client, `COPY ${REPEATS_TABLE} (${STAGED_COLUMNS}) FROM STDIN`, copyText(repeats.values()));
          await client.query(APPLY_REPEATS_SQL);
        });
      }
      await step('indexes', () => putBack(client, aside));
      await step('analyze', () => client.query('ANALYZE companies, company_search_words'));
      await step('commit', () => client.query('COMMIT'));
      open = false;
      sink.rebuiltIndexes = true;
      return 0;
    },
    async close() {
      if (open) await client.query('ROLLBACK');
      open = false;
    },
  };
  return sink;
}
