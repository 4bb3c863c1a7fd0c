import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompaniesException, CompaniesExceptionCode } from '../../companies.exception.js';
import { LA_POSTE_SIREN, luhnValid, parseSiren, validateSiren } from '../siren.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof CompaniesException ? error.code : 'not a CompaniesException';
  }
  return undefined;
}

describe('validateSiren', () => {
  it('accepts a Luhn-valid SIREN and returns it', () => {
    expect(validateSiren('552120222')).toBe('552120222');
  });

  it('strips spaces, including non-breaking ones', () => {
    expect(validateSiren(' 552 120 222 ')).toBe('552120222');
    expect(validateSiren('552\u00a0120\u00a0222')).toBe('552120222');
  });

  it("accepts La Poste's SIREN (Luhn-valid: the famous exception is its SIRETs)", () => {
    expect(luhnValid(LA_POSTE_SIREN)).toBe(true);
    expect(validateSiren('356 000 000')).toBe('356000000');
  });

  it.each(['55212022', '5521202221', '55212022A', 'abcdefghi', '', '552-120-222'])('refuses %j as malformed', (input) => {
    expect(codeOf(() => validateSiren(input))).toBe(CompaniesExceptionCode.SIREN_MALFORMED);
  });

  it('refuses a wrong check digit with a French message', () => {
    expect(codeOf(() => validateSiren('552120223'))).toBe(CompaniesExceptionCode.SIREN_CHECKSUM_INVALID);
    expect(() => validateSiren('552120223')).toThrow("Ce SIREN n'est pas valide (clé de contrôle incorrecte).");
    expect(() => validateSiren('123')).toThrow('Le SIREN doit comporter 9 chiffres.');
  });

  it('maps to BAD_USER_INPUT', () => {
    try {
      validateSiren('1');
    } catch (error) {
      expect((error as CompaniesException).publicCode).toBe('BAD_USER_INPUT');
    }
  });
});

describe('parseSiren', () => {
  it('returns null instead of throwing', () => {
    expect(parseSiren('552120223')).toBeNull();
    expect(parseSiren('x')).toBeNull();
    expect(parseSiren('732 829 320')).toBe('732829320');
    expect(parseSiren('732829320')).toBe('732829320');
  });

  it('agrees with the plain definition (spaces removed, 9 digits, Luhn) on any input', () => {
    const reference = (input: string): string | null => {
      const siren = input.replace(/[\s\u00a0]/g, '');
      return /^\d{9}$/.test(siren) && luhnValid(siren) ? siren : null;
    };
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{9}$/), fc.stringMatching(/^[\d ]{8,11}$/), fc.string({ maxLength: 12 })), (input) => {
        expect(parseSiren(input)).toBe(reference(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('luhnValid', () => {
  it.each([
    ['542107651', true], // real SIRENs
    ['732829320', true],
    ['443061841', true],
    ['542107652', false],
  ])('%s → %s', (siren, valid) => {
    expect(luhnValid(siren)).toBe(valid);
  });
});
