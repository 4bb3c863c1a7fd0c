import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../api/src/common/clock.js';
import { bootTestApi, TestApi } from '../../support/boot-api.js';
import { signUpCreditor } from '../../support/factories/accounts.js';
import { createInvoice, IMPORT_INVOICES, invoiceCsv, listInvoices } from '../../support/factories/invoices.js';
import { uniqueSiren } from '../../support/unique.js';
import { NOW, snapshot } from './support.js';

interface ImportResult {
  created: number;
  alreadyImported: number;
  rejected: number;
  errors: { line: number; field: string | null; code: string; message: string }[];
}

describe('importing invoices from a CSV file', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await bootTestApi({ clock: new FixedClock(NOW) });
  });
  afterAll(() => api.close());

  async function importCsv(client: Awaited<ReturnType<typeof signUpCreditor>>['client'], csv: string): Promise<ImportResult> {
    return (await client.ok<{ importInvoices: ImportResult }>(IMPORT_INVOICES, { input: { csv } })).importInvoices;
  }

  it('keeps the good rows and reports each bad one with its line', async () => {
    const { client, siren } = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const csv = invoiceCsv([
      [debtor, 'Débitrice Zxqv A', 'F-1', '1 234,56', '01/02/2026', '03/03/2026', 'compta@a.fr', '06 12 34 56 78'],
      ['123456789', 'Zxqv', 'F-2', '10', '2026-02-01', '2026-03-01', '', ''],
      [debtor, 'Débitrice Zxqv A', 'F-3', '-5', '2026-02-01', '2026-03-01', '', ''],
      [debtor, 'Débitrice Zxqv A', 'F-4', '10', '2026-03-01', '2026-02-01', '', ''],
      [debtor, 'Débitrice Zxqv A', 'F-1', '99', '2026-02-01', '2026-03-01', '', ''],
      [debtor, 'Débitrice Zxqv A', 'F-5', '12.5', '2026-02-01', '2026-03-01', 'COMPTA@a.fr', ''],
      [debtor, 'Débitrice Zxqv A', 'F-6', '12', '2026-02-01', '2026-03-01', '', 'not a phone'],
    ]);
    const result = await importCsv(client, csv);
    expect(result).toMatchObject({ created: 2, alreadyImported: 0, rejected: 5 });
    expect(result.errors.map((error) => [error.line, error.field, error.code])).toEqual([
      [3, 'debtorSiren', 'DEBTOR_SIREN_INVALID'],
      [4, 'amount', 'AMOUNT_INVALID'],
      [5, 'dueDate', 'DUE_DATE_BEFORE_ISSUE_DATE'],
      [6, 'number', 'INVOICE_NUMBER_DUPLICATED_IN_FILE'],
      [8, 'contact.phone', 'CONTACT_INVALID'],
    ]);
    const list = await listInvoices(client);
    expect(list.edges.map((edge) => [edge.node.number, edge.node.amountCents])).toEqual([
      ['F-5', 1250],
      ['F-1', 123456],
    ]);
    const [f5, f1] = list.edges.map((edge) => edge.node);
    expect(f1?.contact).toMatchObject({ email: 'compta@a.fr', phone: '+33612345678' });
    expect(f5?.contact?.id).toBe(f1?.contact?.id);
    expect(f1?.debtor).toEqual({ siren: debtor, name: 'Débitrice Zxqv A' });
    expect((await snapshot(api, siren)).contacts).toBe(1);
  });

  it('creates nothing the second time the same file is imported', async () => {
    const { client, siren } = await signUpCreditor(api);
    const csv = invoiceCsv([
      [uniqueSiren(), '', 'A-1', '100', '2026-02-01', '2026-03-01', 'a@client.fr', ''],
      [uniqueSiren(), '', 'A-2', '200', '2026-02-01', '2026-03-01', '', '0612345678'],
      [uniqueSiren(), '', 'A-3', '300', '2026-02-01', '2026-03-01', '', ''],
    ]);
    expect(await importCsv(client, csv)).toEqual({ created: 3, alreadyImported: 0, rejected: 0, errors: [] });
    const before = await snapshot(api, siren);
    expect(await importCsv(client, csv)).toEqual({ created: 0, alreadyImported: 3, rejected: 0, errors: [] });
    expect(await snapshot(api, siren)).toEqual(before);
  });

  it('counts a number created through the form as already imported', async () => {
    const { client } = await signUpCreditor(api);
    await createInvoice(client, { number: 'B-1' });
    const csv = 'debtor_siren,number,amount,issue_date,due_date\n' + `${uniqueSiren()},B-1,10,2026-02-01,2026-03-01\n${uniqueSiren()},B-2,10,2026-02-01,2026-03-01\n`;
    expect(await importCsv(client, csv)).toMatchObject({ created: 1, alreadyImported: 1, rejected: 0 });
  });

  it('refuses a 10 MB file cleanly with BAD_USER_INPUT before reading it', async () => {
    const { client, siren } = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const before = await snapshot(api, siren, [debtor]);
    const row = `${debtor};Zxqv;F-x;10;2026-02-01;2026-03-01;;\n`;
    const csv = invoiceCsv([]) + '\n' + row.repeat(Math.ceil((10 * 1024 * 1024) / row.length));
    const error = await client.error(IMPORT_INVOICES, { input: { csv } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CSV_TOO_LARGE', message: 'Le fichier dépasse 5 Mo.' });
    expect(await snapshot(api, siren, [debtor])).toEqual(before);
    expect(before.companies).toEqual([]);
  });

  it('refuses more than 20,000 rows', async () => {
    const { client, siren } = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const rows = Array.from({ length: 20_001 }, (_, i) => [debtor, '', `R-${i}`, '1', '2026-02-01', '2026-03-01', '', '']);
    const error = await client.error(IMPORT_INVOICES, { input: { csv: invoiceCsv(rows) } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CSV_TOO_MANY_ROWS' });
    expect(await snapshot(api, siren, [debtor])).toMatchObject({ invoices: [], companies: [] });
  });

  it('refuses a file missing a required column, naming it', async () => {
    const { client } = await signUpCreditor(api);
    const error = await client.error(IMPORT_INVOICES, { input: { csv: 'siren_debiteur;numero;date_emission;date_echeance\n' } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CSV_MISSING_COLUMN' });
    expect(error.message).toContain('montant');
  });

  it('reports an unclosed quote as a row error and keeps the rows before it', async () => {
    const { client } = await signUpCreditor(api);
    const debtor = uniqueSiren();
    const csv = `debtor_siren,number,amount,issue_date,due_date\n${debtor},Q-1,10,2026-02-01,2026-03-01\n${debtor},"Q-2,10,2026-02-01,2026-03-01\n${debtor},Q-3,10,2026-02-01,2026-03-01\n`;
    const result = await importCsv(client, csv);
    expect(result).toMatchObject({ created: 1, rejected: 1, errors: [expect.objectContaining({ line: 3, code: 'CSV_MALFORMED' })] });
  });

  it('imports 5,000 rows in batches within a few seconds', async () => {
    const { client, siren } = await signUpCreditor(api);
    const debtors = Array.from({ length: 50 }, () => uniqueSiren());
    const rows = Array.from({ length: 5_000 }, (_, i) => [debtors[i % 50]!, `Débitrice Zxqv ${i % 50}`, `N-${i}`, '10,00', '2026-02-01', '2026-03-01', `c${i % 50}@client.fr`, '']);
    const started = Date.now();
    expect(await importCsv(client, invoiceCsv(rows))).toMatchObject({ created: 5_000, rejected: 0 });
    expect(Date.now() - started).toBeLessThan(15_000);
    const [{ count }] = (await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM invoices WHERE creditor_siren = $1`, [siren])) as [{ count: number }];
    expect(count).toBe(5_000);
    expect((await snapshot(api, siren)).contacts).toBe(50);
  });
});
