/** "+33612345678" → "06 12 34 56 78", as French numbers are written; other countries stay E.164. */
export function formatPhone(e164: string): string {
  const french = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return french ? `0${french.slice(1).join(' ')}` : e164;
}
