import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** A phone number in E.164 ("+33612345678"), read as French when it has no country prefix; null if invalid. */
export function normalizePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'FR');
  return parsed?.isValid() ? parsed.number : null;
}
