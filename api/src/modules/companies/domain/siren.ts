import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';

/**
 * La Poste's SIREN. It is often cited as the exception to Luhn, but the SIREN itself passes the
 * check; the exception concerns La Poste's SIRETs (establishments, 14 digits), whose digits sum to
 * a multiple of 5 instead. We only handle SIRENs, so no special case is needed; a test pins it.
 */
export const LA_POSTE_SIREN = '356000000';

/** Luhn over a string of digits (the rightmost digit is the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A normalised SIREN (9 digits, spaces removed), or null when `input` is not one. */
export function parseSiren(input: string): string | null {
  // The usual input is already 9 digits: skip the regex passes.
  if (input.length === 9 && isDigits(input)) return luhnValid(input) ? input : null;
  const siren = input.replace(/[\s\u00a0]/g, '');
  if (!/^\d{9}$/.test(siren)) return null;
  return luhnValid(siren) ? siren : null;
}

/** Returns the normalised 9-digit SIREN or throws a CompaniesException with a French message. */
export function validateSiren(input: string): string {
  const siren = input.replace(/[\s\u00a0]/g, '');
  if (!/^\d{9}$/.test(siren)) {
    throw new CompaniesException(CompaniesExceptionCode.SIREN_MALFORMED, 'Le SIREN doit comporter 9 chiffres.');
  }
  if (!luhnValid(siren)) {
    throw new CompaniesException(
      CompaniesExceptionCode.SIREN_CHECKSUM_INVALID,
      "Ce SIREN n'est pas valide (clé de contrôle incorrecte).",
    );
  }
  return siren;
}
