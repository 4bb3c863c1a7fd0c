import type pg from 'pg';
import type { SireneCompanyRow } from '../domain/sirene-row.js';
import { applyStaged, type BulkApplyOptions } from './bulk-apply.js';
import { CREATE_BULK_STAGING_SQL, DROP_BULK_STAGING_SQL, stageRows } from './bulk-staging.js';
import { CREATE_STAGING_SQL, DROP_STAGING_SQL, writeBatch } from './staging-upsert.js';

/** Where the importer's batches of accepted rows go. One call at a time, in file order. */
export interface RowSink {
  open(): Promise<void>;
  /** Rows of the file in order (a SIREN may repeat); returns how many now count as imported. */
  write(rows: readonly SireneCompanyRow[]): Promise<number>;
  /** After the last batch; returns how many more count as imported. */
  finish(): Promise<number>;
  /** Always called, after success or failure. */
  close(): Promise<void>;
}

export interface SinkOutcome {
  /** Whether the bulk strategy rebuilt the secondary indexes (false for batches). */
  rebuiltIndexes: boolean;
  /** The bulk apply's steps in milliseconds (empty for batches). */
  applyStepsMs: Record<string, number>;
}

/** Each batch committed on its own (staging-upsert.ts): an interrupted import leaves whole batches. */
export function batchesSink(client: pg.ClientBase, now: Date): RowSink & SinkOutcome {
  return {
    rebuiltIndexes: false,
    applyStepsMs: {},
    open: async () => {
      await client.query(CREATE_STAGING_SQL);
    },
    async write(rows) {
      // One statement cannot touch the same row twice: the last row of a SIREN in the batch wins.
      const bySiren = new Map<string, SireneCompanyRow>();
      for (const row of rows) bySiren.set(row.siren, row);
      await writeBatch(client, bySiren.values(), now);
      return bySiren.size;
    },
    finish: async () => 0,
    close: async () => {
      await client.query(DROP_STAGING_SQL);
    },
  };
}

/** The whole file staged, then applied in one transaction (bulk-apply.ts): all or nothing. */
export function bulkSink(client: pg.ClientBase, options: BulkApplyOptions): RowSink & SinkOutcome {
  let seq = 0;
  const sink: RowSink & SinkOutcome = {
    rebuiltIndexes: false,
    applyStepsMs: {},
    open: async () => {
      await client.query(CREATE_BULK_STAGING_SQL);
    },
    async write(rows) {
      await stageRows(client, rows, seq);
      seq += rows.length;
      return 0;
    },
    async finish() {
      const result = await applyStaged(client, options);
      sink.rebuiltIndexes = result.rebuilt;
      sink.applyStepsMs = result.stepsMs;
      return result.distinctRows;
    },
    close: async () => {
      await client.query(DROP_BULK_STAGING_SQL);
    },
  };
  return sink;
}
