import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type pg from 'pg';
import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';
import { mapSireneRecord, resolveSireneColumns, type SireneColumns, type SireneCompanyRow } from '../domain/sirene-row.js';
import type { BulkApplyOptions } from './bulk-apply.js';
import { readCsvBatches } from './csv-records.js';
import { withDedicatedClient, type ConnectionSource } from './dedicated-client.js';
import { openEmptyTableLoad } from './empty-table-load.js';
import { batchesSink, bulkSink, type RowSink, type SinkOutcome } from './import-sinks.js';

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
  /** What was done: `load` is bulk into an empty table (empty-table-load.ts). */
  strategy: 'batches' | 'bulk' | 'load';
  /** The bulk or load strategy built the search indexes once instead of updating them row by row. */
  rebuiltIndexes: boolean;
  /** Bulk and load strategies: milliseconds per step of the transaction (diff, insert, words, indexes…). */
  applyStepsMs: Record<string, number>;
}

/**
 * - `batches`: each batch of rows committed on its own as the file is read (bounded transactions;
 *   an interrupted import leaves whole batches).
 * - `bulk`: the whole file staged, then applied in one transaction (all or nothing), with the
 *   indexes rebuilt when the file is large relative to the table.
 *   Into an empty table (and unless `rebuildIndexes` is `never`), the rows go straight into it
 *   instead (`load`, empty-table-load.ts), still in one transaction.
 * - `auto`: bulk for a file of BULK_MIN_BYTES or more, batches for smaller files and streams.
 */
export type ImportStrategy = 'auto' | 'batches' | 'bulk';

export interface ImportOptions {
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Written to updated_at (from the clock port). */
  now?: Date;
  strategy?: ImportStrategy;
  /** Bulk strategy only; `auto` unless a test needs to force it. */
  rebuildIndexes?: BulkApplyOptions['rebuildIndexes'];
}

export const MAX_REPORTED_ERRORS = 100;
const DEFAULT_BATCH_SIZE = 50_000;
/** ≈100 k lines of the stock file: below this a file goes by batches under `auto`. */
export const BULK_MIN_BYTES = 16 * 1024 * 1024;

const FAULT_REASONS = {
  CSV_QUOTE_NOT_CLOSED: "guillemet jamais fermé : la fin du fichier n'a pas pu être lue",
  CSV_INVALID_CLOSING_QUOTE: 'ligne CSV illisible (CSV_INVALID_CLOSING_QUOTE)',
} as const;

async function resolveStrategy(file: string | Readable, strategy: ImportStrategy): Promise<'batches' | 'bulk'> {
  if (strategy !== 'auto') return strategy;
  if (typeof file !== 'string') return 'batches';
  return (await stat(file)).size >= BULK_MIN_BYTES ? 'bulk' : 'batches';
}

/** The sink of the resolved strategy; bulk becomes load when the table is empty. */
async function openSink(
  client: pg.ClientBase,
  strategy: 'batches' | 'bulk',
  options: BulkApplyOptions,
): Promise<RowSink & SinkOutcome & { strategy: ImportSummary['strategy'] }> {
  if (strategy === 'batches') return Object.assign(batchesSink(client, options.now), { strategy });
  const load = options.rebuildIndexes === 'never' ? null : await openEmptyTableLoad(client, { now: options.now });
  return load ? Object.assign(load, { strategy: 'load' as const }) : Object.assign(bulkSink(client, options), { strategy });
}

/**
 * Streams a SIRENE StockUniteLegale CSV into `companies`: read, map, batch, then hand each batch
 * to the strategy's sink (import-sinks.ts). Bad rows are counted and reported with their line; the
 * file is never aborted for them. A header without the required columns is refused before any
 * row is read. While PostgreSQL takes batch k, batch k+1 is read and mapped. Re-running an import
 * is idempotent: unchanged rows are not rewritten.
 */
export async function importSireneFile(
  source: ConnectionSource,
  file: string | Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const requested = await resolveStrategy(file, options.strategy ?? 'auto');
  let strategy: ImportSummary['strategy'] = requested;
  const input = typeof file === 'string' ? createReadStream(file, { highWaterMark: 1 << 20 }) : file;
  const errors: RejectedRow[] = [];
  const progress: ImportProgress = { rowsRead: 0, imported: 0, rejected: 0 };
  let rebuiltIndexes = false;
  let applyStepsMs: Record<string, number> = {};

  const reject = (line: number, siren: string, reason: string): void => {
    progress.rejected += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, siren, reason });
  };

  try {
    await withDedicatedClient(source, async (client) => {
      const sink = await openSink(client, requested, { now, rebuildIndexes: options.rebuildIndexes ?? 'auto' });
      strategy = sink.strategy;
      await sink.open();
      let columns: SireneColumns | null = null;
      let batch: SireneCompanyRow[] = [];
      let writing: Promise<void> = Promise.resolve();

      const flush = async (): Promise<void> => {
        if (batch.length === 0) return;
        const rows = batch;
        batch = [];
        await writing;
        writing = sink.write(rows).then(async (imported) => {
          progress.imported += imported;
          await options.onProgress?.({ ...progress });
        });
        // Awaited at the next flush or at the end; this only keeps it from being "unhandled" meanwhile.
        writing.catch(() => undefined);
      };

      try {
        for await (const items of readCsvBatches(input)) {
          for (const item of items) {
            if (!item.ok) {
              progress.rowsRead += 1;
              reject(item.fault.line, '', FAULT_REASONS[item.fault.code]);
              continue;
            }
            if (columns === null) {
              columns = resolveSireneColumns(item.record.fields);
              continue;
            }
            progress.rowsRead += 1;
            const mapped = mapSireneRecord(item.record.fields, columns);
            if (!mapped.ok) {
              reject(item.record.line, mapped.siren, mapped.reason);
              continue;
            }
            batch.push(mapped.row);
          }
          if (batch.length >= batchSize) await flush();
        }
        if (columns === null) {
          throw new CompaniesException(CompaniesExceptionCode.SIRENE_FILE_INVALID, 'Fichier SIRENE invalide : le fichier est vide.');
        }
        await flush();
        await writing;
        progress.imported += await sink.finish();
        rebuiltIndexes = sink.rebuiltIndexes;
        applyStepsMs = sink.applyStepsMs;
      } catch (error) {
        await writing.catch(() => undefined);
        throw error;
      } finally {
        await sink.close().catch(() => undefined);
      }
    });
  } finally {
    input.destroy();
  }

  const durationMs = performance.now() - started;
  await options.onProgress?.({ ...progress });
  return {
    ...progress,
    errors,
    durationMs: Math.round(durationMs),
    rowsPerSecond: Math.round(progress.rowsRead / Math.max(durationMs / 1000, 0.001)),
    strategy,
    rebuiltIndexes,
    applyStepsMs,
  };
}
