/**
 * What must never reach a log line: secrets (passwords, tokens, cookies, keys), full phone numbers
 * and the local part of e-mail addresses. Applied to every record by the pino formatter, so a
 * careless `logger.log(\`… ${email}\`)` or an error carrying SQL parameters is masked anyway.
 */

/** Keys whose value is dropped whatever it holds (matched case-insensitively, anywhere in the name). */
const SECRET_KEY = /pass(word)?|secret|token(?!s)|cookie|authori[sz]ation|api[-_]?key|signature|session|parameters|credential/i;

const EMAIL = /([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
/** E.164 and national French formats (+33 6 12 34 56 78, 06.12.34.56.78, 0612345678). */
const PHONE = /\+\d[\d .-]{7,16}\d|\b0[1-9](?:[ .-]?\d{2}){4}\b/g;

export const REDACTED = '[redacted]';

/** `jean.dupont@acme.fr` → `***@acme.fr`; `+33612345678` → `+33******78`. */
export function scrubText(text: string): string {
  return text.replace(EMAIL, (_match, _local: string, domain: string) => `***@${domain}`).replace(PHONE, maskPhone);
}

function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const prefix = phone.startsWith('+') ? `+${digits.slice(0, 2)}` : digits.slice(0, 2);
  return `${prefix}${'*'.repeat(Math.max(digits.length - 4, 0))}${digits.slice(-2)}`;
}

/** Deep copy with secret keys dropped and every string scrubbed; stops at depth 6 and on cycles. */
export function scrubValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1, seen));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : scrubValue(item, depth + 1, seen);
  }
  return out;
}
