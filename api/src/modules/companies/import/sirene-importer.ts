import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';
import { mapSireneRecord, resolveSireneColumns, type SireneColumns, type SireneCompanyRow } from '../domain/sirene-row.js';
import { readCsvRecords } from './csv-records.js';
import { withDedicatedClient, type ConnectionSource } from './dedicated-client.js';
import { CREATE_STAGING_SQL, DROP_STAGING_SQL, writeBatch } from './staging-upsert.js';

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
const DEFAULT_BATCH_SIZE = 50_000;

const FAULT_REASONS = {
  CSV_QUOTE_NOT_CLOSED: "guillemet jamais fermé : la fin du fichier n'a pas pu être lue",
  CSV_INVALID_CLOSING_QUOTE: 'ligne CSV illisible (CSV_INVALID_CLOSING_QUOTE)',
} as const;

/**
 * Streams a SIRENE StockUniteLegale CSV into `companies`: read, map, batch, then COPY into a
 * staging table and one upsert per batch (staging-upsert.ts). Bad rows are counted and reported
 * with their line; the file is never aborted for them. A header without the required columns is
 * refused before any row is read. Each batch commits on its own: an interrupted import leaves whole
 * batches, and re-running it is idempotent. While PostgreSQL writes batch k, the next is parsed.
 */
export async function importSireneFile(
  source: ConnectionSource,
  file: string | Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const input = typeof file === 'string' ? createReadStream(file, { highWaterMark: 1 << 20 }) : file;
  const errors: RejectedRow[] = [];
  const progress: ImportProgress = { rowsRead: 0, imported: 0, rejected: 0 };

  const reject = (line: number, siren: string, reason: string): void => {
    progress.rejected += 1;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, siren, reason });
  };

  try {
    await withDedicatedClient(source, async (client) => {
      await client.query(CREATE_STAGING_SQL);
      let columns: SireneColumns | null = null;
      // Later rows win within a batch (one statement cannot touch the same row twice); batches
      // are written in file order, one at a time, so a later batch also wins over an earlier one.
      let batch = new Map<string, SireneCompanyRow>();
      let writing: Promise<void> = Promise.resolve();

      const flush = async (): Promise<void> => {
        if (batch.size === 0) return;
        const rows = batch;
        batch = new Map();
        await writing;
        writing = writeBatch(client, rows.values(), now).then(async () => {
          progress.imported += rows.size;
          await options.onProgress?.({ ...progress });
        });
        // Awaited at the next flush or at the end; this only keeps it from being "unhandled" meanwhile.
        writing.catch(() => undefined);
      };

      try {
        for await (const item of readCsvRecords(input)) {
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
          batch.set(mapped.row.siren, mapped.row);
          if (batch.size >= batchSize) await flush();
        }
        if (columns === null) {
          throw new CompaniesException(CompaniesExceptionCode.SIRENE_FILE_INVALID, 'Fichier SIRENE invalide : le fichier est vide.');
        }
        await flush();
        await writing;
      } catch (error) {
        await writing.catch(() => undefined);
        throw error;
      } finally {
        await client.query(DROP_STAGING_SQL).catch(() => undefined);
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
  };
}
