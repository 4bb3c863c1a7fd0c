import type pg from 'pg';
import { PROFILE_CHANGE_CHANNEL, PROFILE_CHANGE_TRIGGER_FUNCTION } from '../../profile-cache/profile-change-channel.js';

/*
 * What the bulk import sets aside while it writes most of `companies`, and puts back before its
 * commit (all inside its one transaction, under an ACCESS EXCLUSIVE lock: a failure or a crash
 * anywhere rolls every step back, indexes and triggers included).
 *
 * - Secondary indexes of companies (the GIN on search_vector, the name and rank btrees, the SIREN
 *   prefix one) and of company_search_words (the trigram GIN): built once from the finished
 *   tables instead of maintained row by row. Measured on 1 M rows (test/bench/RESULTS.md):
 *   inserting with them ≈ 3× the time of inserting without them and building them afterwards.
 *   Read from the catalogue, so an index a later migration adds is handled too. Indexes behind a
 *   constraint (the primary keys) and unique ones stay: they guard the data while it is written.
 * - The profile-change NOTIFY statement triggers: their transition tables over a million rows cost
 *   seconds, to end with `*` anyway. One `*` is sent instead (delivered at commit, like theirs).
 */

interface SecondaryIndex {
  name: string;
  definition: string;
}

interface SuspendedTrigger {
  name: string;
  /** pg_trigger.tgenabled: O (origin, the usual), A (always) or R (replica). */
  enabled: string;
}

export interface SetAside {
  indexes: SecondaryIndex[];
  triggers: SuspendedTrigger[];
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * How long an import waits for the tables' lock (a long report, a migration holding them) before it
 * writes without it instead: the bulk rebuild in place, the empty-table load by staging.
 */
const TABLE_LOCK_TIMEOUT = '5s';

/**
 * Takes both tables for the rest of the transaction (in the order every writer uses: companies,
 * then its words), or returns false if it could not within TABLE_LOCK_TIMEOUT.
 */
export async function lockCompaniesExclusively(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ timeout: string }>(`SELECT current_setting('lock_timeout') AS timeout`);
  await client.query('SAVEPOINT sirene_lock');
  try {
    await client.query(`SELECT set_config('lock_timeout', $1, true)`, [TABLE_LOCK_TIMEOUT]);
    await client.query('LOCK TABLE companies, company_search_words IN ACCESS EXCLUSIVE MODE');
    await client.query('RELEASE SAVEPOINT sirene_lock');
    // Only the wait for this lock is bounded; later waits (a word row a creditor is writing) are not.
    await client.query(`SELECT set_config('lock_timeout', $1, true)`, [rows[0]?.timeout ?? '0']);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== '55P03') throw error;
    // Someone holds the table (a long report, a migration): do not queue every reader behind us.
    await client.query('ROLLBACK TO SAVEPOINT sirene_lock');
    await client.query('RELEASE SAVEPOINT sirene_lock');
    return false;
  }
}

/** Drops the secondary indexes and switches the profile triggers off. Call with the tables locked. */
export async function setAside(client: pg.ClientBase): Promise<SetAside> {
  const { rows: indexes } = await client.query<SecondaryIndex>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid IN ('companies'::regclass, 'company_search_words'::regclass) AND NOT i.indisunique AND i.indisvalid
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
  );
  const { rows: triggers } = await client.query<SuspendedTrigger>(
    `SELECT t.tgname AS name, t.tgenabled AS enabled
     FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
     WHERE t.tgrelid = 'companies'::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D' AND p.proname = $1
     ORDER BY 1`,
    [PROFILE_CHANGE_TRIGGER_FUNCTION],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  if (triggers.length > 0) {
    await client.query(`ALTER TABLE companies ${triggers.map((t) => `DISABLE TRIGGER ${quoteIdent(t.name)}`).join(', ')}`);
  }
  return { indexes, triggers };
}

const ENABLE: Record<string, string> = { O: 'ENABLE TRIGGER', A: 'ENABLE ALWAYS TRIGGER', R: 'ENABLE REPLICA TRIGGER' };

/** Builds the indexes again, switches the triggers back on and signals that every profile may have changed. */
export async function putBack(client: pg.ClientBase, aside: SetAside): Promise<void> {
  for (const index of aside.indexes) await client.query(index.definition);
  if (aside.triggers.length > 0) {
    await client.query(`ALTER TABLE companies ${aside.triggers.map((t) => `${ENABLE[t.enabled] ?? 'ENABLE TRIGGER'} ${quoteIdent(t.name)}`).join(', ')}`);
    await client.query(`SELECT pg_notify($1, '*')`, [PROFILE_CHANGE_CHANNEL]);
  }
}
