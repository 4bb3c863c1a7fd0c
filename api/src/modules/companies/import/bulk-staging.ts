import type pg from 'pg';
import type { SireneCompanyRow } from '../domain/sirene-row.js';
import { BULK_STAGING_TABLE } from './bulk-apply.js';
import { copyIn, copyTextWithSeq, STAGED_COLUMN_DEFINITIONS, STAGED_COLUMNS } from './copy-text.js';

/*
 * The `bulk` strategy's first half: every accepted row of the file goes by COPY into a
 * session-local table, outside any transaction on companies (nothing is locked while the file is
 * read). Temporary tables are not WAL-logged and this one has no index: measured at ~600 k rows/s
 * on the bench machine, so staging keeps up with the reader. `seq` is the row's rank in the file:
 * the last row of a SIREN wins. If the connection dies, the table dies with it and companies was
 * never touched.
 */

export const CREATE_BULK_STAGING_SQL = `
DROP TABLE IF EXISTS ${BULK_STAGING_TABLE};
CREATE TEMP TABLE ${BULK_STAGING_TABLE} (seq integer NOT NULL, ${STAGED_COLUMN_DEFINITIONS})`;

export const DROP_BULK_STAGING_SQL = `DROP TABLE IF EXISTS ${BULK_STAGING_TABLE}`;

const COPY_SQL = `COPY ${BULK_STAGING_TABLE} (seq, ${STAGED_COLUMNS}) FROM STDIN`;

/** Appends rows (in file order) numbered from `firstSeq`. */
export async function stageRows(client: pg.ClientBase, rows: readonly SireneCompanyRow[], firstSeq: number): Promise<void> {
  await copyIn(client, COPY_SQL, copyTextWithSeq(rows, firstSeq));
}
