import { describe, expect, it } from 'vitest';
import { CompaniesException } from '../../companies.exception.js';
import { mapSireneRecord, resolveSireneColumns } from '../sirene-row.js';

const HEADER = [
  'siren', 'statutDiffusionUniteLegale', 'dateCreationUniteLegale', 'sigleUniteLegale', 'prenom1UniteLegale',
  'etatAdministratifUniteLegale', 'nomUniteLegale', 'denominationUniteLegale', 'denominationUsuelle1UniteLegale',
  'categorieJuridiqueUniteLegale', 'activitePrincipaleUniteLegale', 'colonneInconnue',
];
const columns = resolveSireneColumns(HEADER);

function record(values: Record<string, string>): string[] {
  return HEADER.map((name) => values[name] ?? '');
}

describe('resolveSireneColumns', () => {
  it('ignores unknown columns and tolerates a BOM', () => {
    const cols = resolveSireneColumns(['\uFEFFsiren', 'x', 'denominationUniteLegale']);
    expect(cols.siren).toBe(0);
    expect(cols.denominationUniteLegale).toBe(2);
    expect(cols.categorieJuridiqueUniteLegale).toBe(-1);
  });

  it('refuses a header without siren, naming the column', () => {
    expect(() => resolveSireneColumns(['denominationUniteLegale'])).toThrow(/siren/);
    expect(() => resolveSireneColumns(['denominationUniteLegale'])).toThrow(CompaniesException);
  });

  it('refuses a header without any name column', () => {
    expect(() => resolveSireneColumns(['siren', 'nomUniteLegale'])).toThrow(/denominationUniteLegale/);
  });
});

describe('mapSireneRecord', () => {
  it('maps a legal person', () => {
    const result = mapSireneRecord(
      record({ siren: '552120222', denominationUniteLegale: 'SOCIÉTÉ  GÉNÉRALE', categorieJuridiqueUniteLegale: '5599', activitePrincipaleUniteLegale: '64.19Z', etatAdministratifUniteLegale: 'A', dateCreationUniteLegale: '1864-05-04' }),
      columns,
    );
    expect(result).toEqual({
      ok: true,
      row: { siren: '552120222', name: 'SOCIÉTÉ GÉNÉRALE', searchName: 'societe generale', legalForm: '5599', activityCode: '64.19Z', active: true, createdOn: '1864-05-04', soleTrader: false },
    });
  });

  it('falls back to the usual name, then to the sigle', () => {
    const usual = mapSireneRecord(record({ siren: '552120222', denominationUsuelle1UniteLegale: 'HÔTEL DU LAC', sigleUniteLegale: 'HDL' }), columns);
    expect(usual.ok && usual.row.name).toBe('HÔTEL DU LAC');
    const sigle = mapSireneRecord(record({ siren: '552120222', sigleUniteLegale: 'HDL' }), columns);
    expect(sigle.ok && sigle.row.name).toBe('HDL');
  });

  it('marks ceased companies inactive and drops malformed dates', () => {
    const result = mapSireneRecord(record({ siren: '552120222', denominationUniteLegale: 'X', etatAdministratifUniteLegale: 'C', dateCreationUniteLegale: '1990' }), columns);
    expect(result.ok && result.row.active).toBe(false);
    expect(result.ok && result.row.createdOn).toBeNull();
  });

  it("shows a sole trader under the trade name, never the person's name", () => {
    const result = mapSireneRecord(record({ siren: '552120222', categorieJuridiqueUniteLegale: '1000', nomUniteLegale: 'DUPONT', prenom1UniteLegale: 'JEAN', denominationUsuelle1UniteLegale: 'PLOMBERIE EXPRESS' }), columns);
    expect(result.ok && result.row).toMatchObject({ name: 'PLOMBERIE EXPRESS', soleTrader: true });
  });

  it('gives a sole trader without a trade name a neutral label', () => {
    const result = mapSireneRecord(record({ siren: '552120222', categorieJuridiqueUniteLegale: '1000', nomUniteLegale: 'DUPONT', prenom1UniteLegale: 'JEAN' }), columns);
    expect(result.ok && result.row.name).toBe('Entrepreneur individuel (SIREN 552120222)');
  });

  it('ignores the trade name of a non-diffusible sole trader', () => {
    const result = mapSireneRecord(record({ siren: '552120222', statutDiffusionUniteLegale: 'P', categorieJuridiqueUniteLegale: '1000', denominationUsuelle1UniteLegale: 'CHEZ JEAN DUPONT' }), columns);
    expect(result.ok && result.row.name).toBe('Entrepreneur individuel (SIREN 552120222)');
  });

  it('treats [ND] as empty', () => {
    const result = mapSireneRecord(record({ siren: '552120222', denominationUniteLegale: '[ND]', statutDiffusionUniteLegale: 'P' }), columns);
    expect(result.ok && result.row.name).toBe('Entreprise non diffusible (SIREN 552120222)');
  });

  it('rejects a bad SIREN, a row without a usable name and an overlong name', () => {
    expect(mapSireneRecord(record({ siren: '552120223', denominationUniteLegale: 'X' }), columns)).toEqual({ ok: false, siren: '552120223', reason: 'SIREN invalide' });
    expect(mapSireneRecord(record({ siren: '552120222', denominationUniteLegale: ' -- ' }), columns)).toEqual({ ok: false, siren: '552120222', reason: 'aucun nom utilisable' });
    expect(mapSireneRecord(record({ siren: '552120222', denominationUniteLegale: 'A'.repeat(301) }), columns)).toEqual({ ok: false, siren: '552120222', reason: 'nom de plus de 300 caractères' });
    expect(mapSireneRecord(record({ siren: '552120222', denominationUniteLegale: 'A'.repeat(300) }), columns)).toMatchObject({ ok: true });
  });
});
