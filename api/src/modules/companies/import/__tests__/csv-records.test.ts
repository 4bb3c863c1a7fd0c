import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvBatches, readCsvRecords, type CsvItem } from '../csv-records.js';

async function read(text: string | string[]): Promise<CsvItem[]> {
  const items: CsvItem[] = [];
  for await (const item of readCsvRecords(Readable.from(Array.isArray(text) ? text : [text]))) items.push(item);
  return items;
}

const records = (items: CsvItem[]) => items.map((i) => (i.ok ? [i.record.line, i.record.fields] : ['fault', i.fault]));

describe('readCsvRecords', () => {
  it('splits plain lines and numbers them from 1, skipping empty lines, BOM and CR', async () => {
    expect(records(await read('\uFEFFsiren,nom\r\n123,A\n\n456,B'))).toEqual([
      [1, ['siren', 'nom']],
      [2, ['123', 'A']],
      [4, ['456', 'B']],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and newlines, whatever the chunking', async () => {
    const text = 'a,"b, c","d ""e"""\n"multi\nligne",x\nfin,"\u00c9"\n';
    const expected = [
      [1, ['a', 'b, c', 'd "e"']],
      [2, ['multi\nligne', 'x']],
      [4, ['fin', 'É']],
    ];
    expect(records(await read(text))).toEqual(expected);
    expect(records(await read(text.split('')))).toEqual(expected);
  });

  it('keeps a stray quote inside an unquoted field as text', async () => {
    expect(records(await read('1,BAR "CHEZ MOMO"\n'))).toEqual([[1, ['1', 'BAR "CHEZ MOMO"']]]);
  });

  it('reports text after a closing quote on that record only', async () => {
    expect(records(await read('1,"A"B,2\n3,C\n'))).toEqual([
      ['fault', { line: 1, code: 'CSV_INVALID_CLOSING_QUOTE' }],
      [2, ['3', 'C']],
    ]);
  });

  it('reports a quote never closed at the line it opened', async () => {
    expect(records(await read('h\n1,A\n2,"OUVERT\n3,B\n'))).toEqual([
      [1, ['h']],
      [2, ['1', 'A']],
      ['fault', { line: 3, code: 'CSV_QUOTE_NOT_CLOSED' }],
    ]);
  });

  it('hands records over a chunk at a time, a record spanning chunks in the batch where it ends', async () => {
    const batches: CsvItem[][] = [];
    for await (const batch of readCsvBatches(Readable.from(['h\n1,A\n2,"B\n', 'C"\n3,D', '\n']))) batches.push(batch);
    expect(batches.map(records)).toEqual([
      [[1, ['h']], [2, ['1', 'A']]],
      [[3, ['2', 'B\nC']]],
      [[5, ['3', 'D']]],
    ]);
  });
});
