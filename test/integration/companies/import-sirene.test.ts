import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIRENE_HEADER, toCsvLine, type SireneRecord } from '../../fixtures/sirene/generate-sample.js';
import { CompaniesException } from '../../../api/src/modules/companies/companies.exception.js';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { CompanyImportService } from '../../../api/src/modules/companies/company-import.service.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { uniqueSiren } from '../../support/unique.js';
import { SAMPLE_FILE, tempDir } from './support.js';

let api: TestApi;
let sut: CompanyImportService;
let dir: string;

beforeAll(async () => {
  api = await bootTestApi();
  sut = api.app.get(CompanyImportService);
  dir = await tempDir();
});

afterAll(async () => {
  await api?.close();
});

async function writeCsv(name: string, records: SireneRecord[], header: readonly string[] = SIRENE_HEADER): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, [header.join(','), ...records.map((r) => toCsvLine(r, header))].join('\n') + '\n');
  return path;
}

describe('SIRENE import', () => {
  it('imports the sample, reporting each bad row with its line, without aborting', async () => {
    const progress: number[] = [];
    const summary = await sut.importFile(SAMPLE_FILE, (p) => {
      progress.push(p.rowsRead);
    });
    const lines = (await readFile(SAMPLE_FILE, 'utf8')).trimEnd().split('\n');
    const lineOf = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix)) + 1;

    expect(summary.rowsRead).toBe(lines.length - 1);
    expect(summary.rejected).toBe(4);
    expect(summary.imported).toBe(summary.rowsRead - 4);
    expect(summary.errors).toEqual(
      expect.arrayContaining([
        { line: lineOf('552120223,'), siren: '552120223', reason: 'SIREN invalide' },
        { line: lineOf('12345678A,'), siren: '12345678A', reason: 'SIREN invalide' },
      ]),
    );
    expect(summary.errors.filter((e) => e.reason === 'aucun nom utilisable')).toHaveLength(2);
    expect(progress.at(-1)).toBe(summary.rowsRead);
    expect(summary.rowsPerSecond).toBeGreaterThan(0);
  });

  it('updates in place on re-import: a renamed company is renamed, nothing is duplicated', async () => {
    const records: SireneRecord[] = Array.from({ length: 3 }, (_, i) => ({
      siren: uniqueSiren(), denominationUniteLegale: `FROMAGERIE TEST ${i}`, categorieJuridiqueUniteLegale: '5710', etatAdministratifUniteLegale: 'A',
    }));
    const sirens = records.map((r) => r.siren as string);
    await sut.importFile(await writeCsv('first.csv', records));

    const renamed = records.map((r, i) => (i === 1 ? { ...r, denominationUniteLegale: 'CRÈMERIE RENOMMÉE', etatAdministratifUniteLegale: 'C' } : r));
    const summary = await sut.importFile(await writeCsv('second.csv', renamed));
    expect(summary).toMatchObject({ rowsRead: 3, imported: 3, rejected: 0 });

    const dataSource = api.app.get(DataSource);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM companies WHERE siren = ANY($1)`, [sirens]);
    expect(count).toBe(3);
    const company = await api.app.get(CompaniesService).findBySiren(sirens[1] as string);
    expect(company).toMatchObject({ name: 'CRÈMERIE RENOMMÉE', active: false, source: 'SIRENE' });
  });

  it('keeps the last row when a SIREN appears twice in one file', async () => {
    const siren = uniqueSiren();
    await sut.importFile(await writeCsv('dupes.csv', [
      { siren, denominationUniteLegale: 'PREMIÈRE VERSION' },
      { siren, denominationUniteLegale: 'SECONDE VERSION' },
    ]));
    expect((await api.app.get(CompaniesService).findBySiren(siren))?.name).toBe('SECONDE VERSION');
  });

  it('ignores unknown columns and columns in another order', async () => {
    const siren = uniqueSiren();
    const header = ['colonneFuture', 'denominationUniteLegale', 'siren'];
    const path = join(dir, 'reordered.csv');
    await writeFile(path, `${header.join(',')}\nx,ÉPICERIE RÉORDONNÉE,${siren}\n`);
    const summary = await sut.importFile(path);
    expect(summary).toMatchObject({ imported: 1, rejected: 0 });
  });

  it('refuses a file without the siren column before reading any row', async () => {
    const header = SIRENE_HEADER.filter((column) => column !== 'siren');
    const path = await writeCsv('no-siren.csv', [{ denominationUniteLegale: 'SANS SIREN' }], header);
    const error = await sut.importFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompaniesException);
    expect((error as Error).message).toBe(
      "Fichier SIRENE invalide : colonne(s) obligatoire(s) absente(s) de l'en-tête : siren.",
    );
  });

  it('keeps stray quotes as text, and reports an unclosed quote with its line', async () => {
    const [a, b, c] = [uniqueSiren(), uniqueSiren(), uniqueSiren()];
    const path = join(dir, 'quotes.csv');
    await writeFile(path, `siren,denominationUniteLegale\n${a},BAR "CHEZ MOMO"\n${b},"RESTAURANT ""LE ZINC"""\n${c},"JAMAIS FERMÉ\n`);
    const summary = await sut.importFile(path);
    expect(summary).toMatchObject({ imported: 2, rejected: 1 });
    expect(summary.errors).toEqual([{ line: 4, siren: '', reason: "guillemet jamais fermé : la fin du fichier n'a pas pu être lue" }]);
    const companies = await api.app.get(CompaniesService).getBySirens([a, b]);
    expect(companies.get(a)?.name).toBe('BAR "CHEZ MOMO"');
    expect(companies.get(b)?.name).toBe('RESTAURANT "LE ZINC"');
  });
});

describe('findOrCreateBySiren', () => {
  it('creates an unknown company as CREDITOR under the given name, then finds it', async () => {
    const companies = api.app.get(CompaniesService);
    const siren = uniqueSiren();
    const created = await companies.findOrCreateBySiren(siren, '  Maçonnerie   Leroy ');
    expect(created).toMatchObject({ siren, name: 'Maçonnerie Leroy', source: 'CREDITOR', active: true });
    const again = await companies.findOrCreateBySiren(siren, 'Autre nom');
    expect(again.name).toBe('Maçonnerie Leroy');
    const unnamed = await companies.findOrCreateBySiren(uniqueSiren());
    expect(unnamed.name).toMatch(/^Entreprise \d{9}$/);
  });

  it('loads many companies in one call, skipping unknown and invalid SIRENs', async () => {
    const companies = api.app.get(CompaniesService);
    const [a, b] = [uniqueSiren(), uniqueSiren()];
    await companies.findOrCreateBySiren(a, 'A');
    await companies.findOrCreateBySiren(b, 'B');
    const found = await companies.getBySirens([a, b, uniqueSiren(), 'nope', a]);
    expect([...found.keys()].sort()).toEqual([a, b].sort());
    expect(found.get(b)?.name).toBe('B');
  });
});
