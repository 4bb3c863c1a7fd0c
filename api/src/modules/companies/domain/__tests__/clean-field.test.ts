import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanField, cleanFieldReference } from '../sirene-row.js';

describe('cleanField', () => {
  it('returns a clean value as it is and cleans the others like the reference', () => {
    expect(cleanField('BOULANGERIE DU PORT')).toBe('BOULANGERIE DU PORT');
    expect(cleanField('  SOCIÉTÉ\u00a0 GÉNÉRALE\t')).toBe('SOCIÉTÉ GÉNÉRALE');
    expect(cleanField(' ')).toBe('');
    expect(cleanField('')).toBe('');
  });

  it('gives the reference result for any string, Unicode spaces and line breaks included', () => {
    const unit = fc.constantFrom('A', 'é', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u0085', '\u001f', '\u007f', 'x', '[ND]');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit }), fc.string({ unit: 'grapheme' })), (input) => {
        expect(cleanField(input)).toBe(cleanFieldReference(input));
      }),
      { numRuns: 2000 },
    );
  });
});
