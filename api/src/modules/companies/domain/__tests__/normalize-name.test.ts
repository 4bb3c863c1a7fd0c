import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeName, normalizeNameReference } from '../normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['SOCIÉTÉ GÉNÉRALE', 'societe generale'],
    ['Société   Générale', 'societe generale'],
    ["L'ŒUF-DUR & Cie", 'l oeuf dur cie'],
    ['Cœur de Lion', 'coeur de lion'],
    ['ÆSOP', 'aesop'],
    ['  Boulangerie, Pâtisserie (Dupont) ', 'boulangerie patisserie dupont'],
    ['ÇA VA Ñ Ü', 'ca va n u'],
    ['A.B.C. 2000', 'a b c 2000'],
    ['___', ''],
    ['Straße', 'strasse'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeName('Hôtel du Léman — Évian');
    expect(normalizeName(once)).toBe(once);
  });

  it('keeps only [a-z0-9 ] so the key is safe in tsquery and LIKE', () => {
    expect(normalizeName(`it's 100% _sure_ : & | ! ( ) * '`)).toMatch(/^[a-z0-9 ]*$/);
  });
});

describe('normalizeName (fast) against its reference', () => {
  it('gives the same key for any string, accents, ligatures, astral and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('É', 'œ', 'Æ', 'ß', '\u0301', ' ', '-', "'", 'A', 'z', '9', 'İ', 'Σ', '\ud83d', '😀') })), (input) => {
        expect(normalizeName(input)).toBe(normalizeNameReference(input));
      }),
      { numRuns: 1000 },
    );
  });
});
