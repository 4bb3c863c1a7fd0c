import { cleanText } from '../../../common/clean-text.js';

/**
 * Automatic moderation of a debtor's public reply: it sits on a public page, so it must carry
 * neither insults nor anybody's personal data (e-mail address, phone number, bank account). The
 * moderators still read it in the console; this refuses the obvious at once with a clear reason.
 */
export const REPLY_MAX_LENGTH = 2_000;

export type ReplyRefusal = 'REPLY_EMPTY' | 'REPLY_TOO_LONG' | 'REPLY_PERSONAL_DATA' | 'REPLY_INSULTING';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
// French and international phone numbers: 10 digits starting with 0, or +CC followed by 8+ digits, separators allowed.
const PHONE = /(?:\+\d{2,3}[\s.-]?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}/i;
const INSULTS = ['connard', 'connasse', 'salaud', 'salope', 'enculé', 'encule', 'pute', 'putain', 'merde', 'crétin', 'cretin', 'abruti', 'débile', 'imbécile', 'imbecile', 'ordure', 'escroc', 'voleur', 'voleuse', 'arnaqueur', 'arnaqueuse', 'batard', 'bâtard', 'fdp', 'ntm'];

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 0);
}

export function normalizeReply(raw: string): { text: string } | { refusal: ReplyRefusal } {
  const text = cleanText(raw);
  if (text.length === 0) return { refusal: 'REPLY_EMPTY' };
  if (text.length > REPLY_MAX_LENGTH) return { refusal: 'REPLY_TOO_LONG' };
  if (EMAIL.test(text) || PHONE.test(text) || IBAN.test(text)) return { refusal: 'REPLY_PERSONAL_DATA' };
  const found = new Set(words(text));
  if (INSULTS.some((insult) => found.has(insult))) return { refusal: 'REPLY_INSULTING' };
  return { text };
}
