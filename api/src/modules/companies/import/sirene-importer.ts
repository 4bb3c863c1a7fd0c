import { parse, type CsvError } from 'csv-parse';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';
import { mapSireneRecord, resolveSireneColumns, type SireneColumns, type SireneCompanyRow } from '../domain/sirene-row.js';
import { applyWordDeltaSql, distinctWords } from '../search/search-words.js';
import type { SqlRunner } from '../sql-runner.js';

export interface ImportProgress {
  /** Data rows read so far (the header excluded). */
  rowsRead: number;
  /** Rows accepted and written (or already up to date). */
  imported: number;
  rejected: number;
}

export interface RejectedRow {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  siren: string;
  reason: string;
}

export interface ImportSummary extends ImportProgress {
  /** The first MAX_REPORTED_ERRORS rejected rows. */
  errors: RejectedRow[];
  durationMs: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Written to updated_at (from the clock port). */
  now?: Date;
}

export const MAX_REPORTED_ERRORS = 100;
const DEFAULT_BATCH_SIZE = 5_000;
/** Batches written while the next one is parsed; batches are sorted by SIREN so they never deadlock. */
const MAX_IN_FLIGHT = 2;

/**
 * One statement per batch. Unchanged rows are skipped by the WHERE, so a monthly re-import only
 * rewrites what moved. `city` is not in the stock file and is left as it is. The same statement
 * keeps company_search_words in step: `prev` reads the names as they were before the upsert (one
 * snapshot for the whole statement), and only rows actually written move the counts.
 */
const UPSERT_SQL = `
WITH prev AS (
  SELECT siren, search_name FROM companies WHERE siren = ANY($1::bpchar[])
),
up AS (
  INSERT INTO companies AS c
    (siren, name, search_name, legal_form, activity_code, active, created_on, sole_trader, source, updated_at)
  SELECT t.siren, t.name, t.search_name, t.legal_form, t.activity_code, t.active, t.created_on, t.sole_trader, 'SIRENE', $9
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::date[], $8::boolean[])
    AS t(siren, name, search_name, legal_form, activity_code, active, created_on, sole_trader)
  ON CONFLICT (siren) DO UPDATE SET
    name = EXCLUDED.name,
    search_name = EXCLUDED.search_name,
    legal_form = EXCLUDED.legal_form,
    activity_code = EXCLUDED.activity_code,
    active = EXCLUDED.active,
    created_on = EXCLUDED.created_on,
    sole_trader = EXCLUDED.sole_trader,
    source = 'SIRENE',
    updated_at = EXCLUDED.updated_at
  WHERE (c.name, c.search_name, c.legal_form, c.activity_code, c.active, c.created_on, c.sole_trader, c.source)
    IS DISTINCT FROM
    (EXCLUDED.name, EXCLUDED.search_name, EXCLUDED.legal_form, EXCLUDED.activity_code, EXCLUDED.active,
     EXCLUDED.created_on, EXCLUDED.sole_trader, EXCLUDED.source)
  RETURNING siren, search_name
),
moved AS (
  SELECT up.siren, up.search_name AS new_name, prev.search_name AS old_name
  FROM up LEFT JOIN prev USING (siren)
  WHERE prev.search_name IS DISTINCT FROM up.search_name
)
${applyWordDeltaSql(`
  SELECT w.word, 1 AS d FROM moved, ${distinctWords('moved.new_name')}
  UNION ALL
  SELECT w.word, -1 FROM moved, ${distinctWords('moved.old_name')} WHERE moved.old_name IS NOT NULL`)}`;

async function writeBatch(runner: SqlRunner, batch: Map<string, SireneCompanyRow>, now: Date): Promise<void> {
  const rows = [...batch.values()].sort((a, b) => (a.siren < b.siren ? -1 : a.siren > b.siren ? 1 : 0));
  const n = rows.length;
  const sirens = new Array<string>(n);
  const names = new Array<string>(n);
  const searchNames = new Array<string>(n);
  const legalForms = new Array<string | null>(n);
  const activities = new Array<string | null>(n);
  const actives = new Array<boolean>(n);
  const createdOns = new Array<string | null>(n);
  const soleTraders = new Array<boolean>(n);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i] as SireneCompanyRow;
    sirens[i] = row.siren;
    names[i] = row.name;
    searchNames[i] = row.searchName;
    legalForms[i] = row.legalForm;
    activities[i] = row.activityCode;
    actives[i] = row.active;
    createdOns[i] = row.createdOn;
    soleTraders[i] = row.soleTrader;
  }
  await runner.query(UPSERT_SQL, [sirens, names, searchNames, legalForms, activities, actives, createdOns, soleTraders, now]);
}

/**
 * Streams a SIRENE StockUniteLegale CSV into `companies`: parse, map, batch, upsert.
 * Bad rows are counted and reported with their line; the file is never aborted for them.
 * A header without the required columns is refused before any row is read.
 */
export async function importSireneFile(
  runner: SqlRunner,
  source: string | Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  const errors: RejectedRow[] = [];
  const progress: ImportProgress = { rowsRead: 0, imported: 0, rejected: 0 };

  const reject = (line: number, siren: string, reason: string): void => {
    progress.rejected += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, siren, reason });
  };

  let lastSkippedLine = -1;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    // Stray quotes inside unquoted fields are kept as text rather than failing the row.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: CsvError | undefined): undefined => {
      const lines = (error as { lines?: unknown } | undefined)?.lines;
      const line = typeof lines === 'number' ? lines : 0;
      if (line === lastSkippedLine) return undefined; // one report per line, however many faults
      lastSkippedLine = line;
      progress.rowsRead += 1;
      reject(
        line,
        '',
        error?.code === 'CSV_QUOTE_NOT_CLOSED'
          ? "guillemet jamais fermé : la fin du fichier n'a pas pu être lue"
          : `ligne CSV illisible (${error?.code ?? 'erreur'})`,
      );
      return undefined;
    },
  });
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);

  let columns: SireneColumns | null = null;
  let batch = new Map<string, SireneCompanyRow>();
  const inFlight: Promise<void>[] = [];

  const flush = async (): Promise<void> => {
    if (batch.size === 0) return;
    const accepted = batch.size;
    const write = writeBatch(runner, batch, now).then(async () => {
      progress.imported += accepted;
      await options.onProgress?.({ ...progress });
    });
    // Awaited below; this handler only keeps a failure from being "unhandled" meanwhile.
    write.catch(() => undefined);
    batch = new Map();
    inFlight.push(write);
    if (inFlight.length >= MAX_IN_FLIGHT) await inFlight.shift();
  };

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        columns = resolveSireneColumns(record);
        continue;
      }
      progress.rowsRead += 1;
      const mapped = mapSireneRecord(record, columns);
      if (!mapped.ok) {
        reject(info.lines, mapped.siren, mapped.reason);
        continue;
      }
      // Later rows win within a batch: one statement cannot touch the same row twice.
      batch.set(mapped.row.siren, mapped.row);
      if (batch.size >= batchSize) await flush();
    }
    if (columns === null) {
      throw new CompaniesException(CompaniesExceptionCode.SIRENE_FILE_INVALID, 'Fichier SIRENE invalide : le fichier est vide.');
    }
    await flush();
    await Promise.all(inFlight.splice(0));
  } catch (error) {
    input.destroy();
    parser.destroy();
    await Promise.allSettled(inFlight);
    throw error;
  }

  const durationMs = performance.now() - started;
  await options.onProgress?.({ ...progress });
  return {
    ...progress,
    errors,
    durationMs: Math.round(durationMs),
    rowsPerSecond: Math.round(progress.rowsRead / Math.max(durationMs / 1000, 0.001)),
  };
}
