import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 ("+33612345678"), read as French without a country prefix; null when not a valid number. */
export function normalizePhoneE164(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'FR');
  return parsed?.isValid() ? parsed.number : null;
}
