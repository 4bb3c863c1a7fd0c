import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecords } from '../../fixtures/sirene/generate-sample.js';
import { bootTestApi, type TestApi } from '../../support/boot-api.js';
import { uniqueSiren } from '../../support/unique.js';
import { importSample } from './support.js';

const COMPANY = `query Company($siren: String!) {
  company(siren: $siren) { siren name legalForm activityCode city active createdOn score { value grade confidence enoughData } }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await bootTestApi();
  await importSample(api.app);
});

afterAll(async () => {
  await api?.close();
});

describe('company(siren)', () => {
  it('returns an imported company with its public fields and no score yet', async () => {
    const data = await api.client().ok<{ company: Record<string, unknown> }>(COMPANY, { siren: '552120222' });
    expect(data.company).toEqual({
      siren: '552120222',
      name: 'SOCIÉTÉ GÉNÉRALE',
      legalForm: '5599',
      activityCode: '64.19Z',
      city: null,
      active: true,
      createdOn: '1864-05-04',
      score: null,
    });
  });

  it('accepts a SIREN written with spaces', async () => {
    const data = await api.client().ok<{ company: { siren: string } }>(COMPANY, { siren: '552 120 222' });
    expect(data.company.siren).toBe('552120222');
  });

  it('returns null for a valid SIREN nobody knows', async () => {
    const data = await api.client().ok<{ company: unknown }>(COMPANY, { siren: uniqueSiren() });
    expect(data.company).toBeNull();
  });

  it.each([
    ['letters', 'ABCDEFGHI', 'Le SIREN doit comporter 9 chiffres.'],
    ['8 digits', '55212022', 'Le SIREN doit comporter 9 chiffres.'],
    ['a wrong check digit', '552120223', "Ce SIREN n'est pas valide (clé de contrôle incorrecte)."],
  ])('refuses %s with BAD_USER_INPUT and a French message', async (_label, siren, message) => {
    const error = await api.client().error(COMPANY, { siren });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(message);
  });

  it("never shows a sole trader's name: trade name when public, else a neutral label", async () => {
    const soleTraders = sampleRecords().filter((r) => r.categorieJuridiqueUniteLegale === '1000');
    expect(soleTraders.length).toBeGreaterThanOrEqual(5);
    for (const record of soleTraders) {
      const siren = record.siren as string;
      const { company } = await api.client().ok<{ company: { name: string } }>(COMPANY, { siren });
      const expected = record.statutDiffusionUniteLegale !== 'P' && record.denominationUsuelle1UniteLegale
        ? record.denominationUsuelle1UniteLegale
        : `Entrepreneur individuel (SIREN ${siren})`;
      expect(company.name).toBe(expected);
      for (const personal of [record.nomUniteLegale, record.prenom1UniteLegale]) {
        if (personal && personal !== '[ND]') expect(company.name.toUpperCase()).not.toContain(personal);
      }
    }
  });
});
