import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { CompaniesService } from '../../../api/src/modules/companies/companies.service.js';
import { CompanyImportService } from '../../../api/src/modules/companies/company-import.service.js';
import { searchCompanies } from '../../../api/src/modules/companies/search/search-companies.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { uniqueSiren } from '../../support/unique.js';
import { importSample, tempDir } from './support.js';

let api: TestApi;
let dataSource: DataSource;

/** Words made up per run, so parallel test files never share them. */
const tag = (): string => `zq${Math.random().toString(36).slice(2, 8).replace(/[0-9]/g, 'x')}`;

const frequency = async (word: string): Promise<number | null> => {
  const rows = await dataSource.query(`SELECT frequency FROM company_search_words WHERE word = $1`, [word]);
  return rows[0]?.frequency ?? null;
};

beforeAll(async () => {
  api = await bootTestApi();
  dataSource = api.app.get(DataSource);
  await importSample(api.app);
});

afterAll(async () => {
  await api?.close();
});

describe('company_search_words', () => {
  it('counts the companies holding each word, kept in step by the importer (new, renamed, unchanged rows)', async () => {
    const [a, b] = [tag(), tag()];
    const [s1, s2] = [uniqueSiren(), uniqueSiren()];
    const dir = await tempDir();
    const write = async (name: string, rows: [string, string][]) => {
      const path = join(dir, name);
      await writeFile(path, `siren,denominationUniteLegale\n${rows.map(([s, n]) => `${s},${n}`).join('\n')}\n`);
      return path;
    };
    const sut = api.app.get(CompanyImportService);
    await sut.importFile(await write('1.csv', [[s1, `${a} ${a} ${b}`], [s2, `${a}`]]));
    expect(await frequency(a)).toBe(2); // once per company, however often in its name
    expect(await frequency(b)).toBe(1);

    await sut.importFile(await write('2.csv', [[s1, `${a} ${a} ${b}`], [s2, `${a}`]]));
    expect(await frequency(a)).toBe(2); // unchanged rows move nothing

    await sut.importFile(await write('3.csv', [[s1, `${b}`], [s2, `${a}`]]));
    expect(await frequency(a)).toBe(1);
    expect(await frequency(b)).toBe(1);
  });

  it('gains the words of a company created by a creditor, once', async () => {
    const word = tag();
    const companies = api.app.get(CompaniesService);
    const siren = uniqueSiren();
    await companies.findOrCreateBySiren(siren, `Plâtrerie ${word}`);
    await companies.findOrCreateBySiren(siren, `Plâtrerie ${word}`);
    expect(await frequency(word)).toBe(1);
  });
});

describe('typo correction', () => {
  it('corrects a misspelt word against the dictionary and keeps the other words', async () => {
    const page = await searchCompanies(dataSource, { query: 'boulangrie', first: 50 });
    expect(page.mode).toBe('fuzzy');
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every((e) => e.node.name.includes('BOULANGERIE'))).toBe(true);
  });

  it('finds nothing when no dictionary word is close', async () => {
    const page = await searchCompanies(dataSource, { query: 'xqzwvk' });
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBe(0);
  });
});

describe('broad queries walk the ranking index', () => {
  // Tuned so that the sample's queries take the walk; the answers must equal the full ranking's.
  const walk = { broadEstimate: 1, windowSize: 50, checkedEstimate: Number.POSITIVE_INFINITY, broadTogether: 0 };
  const full = { broadEstimate: Number.POSITIVE_INFINITY, windowSize: 50, checkedEstimate: Number.POSITIVE_INFINITY, broadTogether: 0 };

  it.each(['boulangerie', 'bou', 'societe generale', 'la', 'sa', 'gen soc'])('gives the same pages for "%s" as the full ranking', async (query) => {
    for (const first of [1, 3, 20]) {
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const walked = await searchCompanies(dataSource, { query, first, after }, walk);
        const ranked = await searchCompanies(dataSource, { query, first, after }, full);
        expect(walked.edges.map((e) => e.node.siren)).toEqual(ranked.edges.map((e) => e.node.siren));
        expect(walked.totalCount).toBe(ranked.totalCount);
        expect(walked.hasNextPage).toBe(ranked.hasNextPage);
        if (!walked.hasNextPage) break;
        after = walked.endCursor;
      }
    }
  });
});

describe('broad words are checked on the rows the index found', () => {
  // Every word but the narrowest left out of the tsquery and checked by LIKE: the same pages and counts.
  const checked = { broadEstimate: Number.POSITIVE_INFINITY, windowSize: 50, checkedEstimate: 0, broadTogether: 0 };
  const indexed = { broadEstimate: Number.POSITIVE_INFINITY, windowSize: 50, checkedEstimate: Number.POSITIVE_INFINITY, broadTogether: 0 };

  it.each(['societe generale', 'boulangerie du port', 'd almeida freres', 'gen soc', 'la poste', 'cafe des arts metiers', 'boulangrie port'])(
    'gives the same pages for "%s" as the full-text index alone',
    async (query) => {
      for (const first of [1, 3]) {
        let after: string | null = null;
        for (let page = 0; page < 3; page += 1) {
          const withCheck = await searchCompanies(dataSource, { query, first, after }, checked);
          const indexOnly = await searchCompanies(dataSource, { query, first, after }, indexed);
          expect(withCheck.edges.map((e) => e.node.siren)).toEqual(indexOnly.edges.map((e) => e.node.siren));
          expect(withCheck.totalCount).toBe(indexOnly.totalCount);
          if (!withCheck.hasNextPage) break;
          after = withCheck.endCursor;
        }
      }
    },
  );
});

describe('several broad words rarely found together', () => {
  it('are read from the full-text index instead of a wasted walk, with the same pages', async () => {
    const walkAlways = { broadEstimate: 1, windowSize: 50, checkedEstimate: Number.POSITIVE_INFINITY, broadTogether: 0 };
    const walkIfLikely = { broadEstimate: 1, windowSize: 50, checkedEstimate: Number.POSITIVE_INFINITY, broadTogether: Number.POSITIVE_INFINITY };
    for (const query of ['societe generale', 'gen soc', 'boulangerie port']) {
      const walked = await searchCompanies(dataSource, { query, first: 3 }, walkAlways);
      const read = await searchCompanies(dataSource, { query, first: 3 }, walkIfLikely);
      expect(read.edges.map((e) => e.node.siren)).toEqual(walked.edges.map((e) => e.node.siren));
      expect(read.totalCount).toBe(walked.totalCount);
    }
  });
});
