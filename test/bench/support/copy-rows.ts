/**
 * COPY … FROM STDIN in PostgreSQL's text format, fed by a generator of rows: the fastest way to load
 * millions of rows from Node (one statement, no per-row round trip, no parameter parsing).
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null;

/** Text-format escaping: backslash, tab, newline and carriage return; NULL is \N. */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/** Rows are grouped into ~1 MiB chunks so the stream is not dominated by tiny writes. */
function* chunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += row.map(copyField).join('\t') + '\n';
    if (buffer.length >= 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}

/** Streams `rows` into `table (columns)`; resolves with the number of rows PostgreSQL reports. */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), sink);
  return sink.rowCount ?? 0;
}
