/**
 * Free text typed by people (statements, replies, reasons, notes): trimmed, without the invisible
 * control characters a paste or a script can carry. NUL in particular is refused by PostgreSQL's
 * text type, which would otherwise turn bad input into a server error. Line breaks and tabs stay.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE_CONTROLS, '').trim();
}
