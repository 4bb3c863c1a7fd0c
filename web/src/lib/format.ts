/** French display formats. Every number, amount and date on screen goes through here. */

import { fr } from '../i18n/fr';

const LOCALE = 'fr-FR';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** 123456 cents in EUR → "1 234,56 €" (with the narrow no-break spaces French typography uses). */
export function formatMoney(amountCents: number, currency = 'EUR'): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format.format(amountCents / 100);
}

// ISO calendar dates carry no time zone: format them in UTC so "2026-03-01" never shows as 28 février.
const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-03-01" → "1 mars 2026". Unparseable input is shown as is rather than as "Invalid Date". */
export function formatDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? dateFormat.format(date) : iso;
}

/** "2026-03-01" → "01/03/2026", for dense tables. */
export function formatShortDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? shortDateFormat.format(date) : iso;
}

/** The machine-readable value for a <time dateTime> attribute. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

const scoreFormat = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** 72.5 → "72,5"; 80 → "80". */
export function formatScore(value: number): string {
  return scoreFormat.format(value);
}

/** 0.42 → "42 %". */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/** "552100554" → "552 100 554", the way SIRENs are printed on French documents. */
export function formatSiren(siren: string): string {
  return /^\d{9}$/.test(siren) ? `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` : siren;
}

/** INSEE legal-form code "5710" → "SAS"; a value that is already a label is shown as is. */
export function formatLegalForm(legalForm: string): string {
  if (!/^\d{4}$/.test(legalForm)) return legalForm;
  return fr.legalForms[legalForm] ?? fr.legalFormCode(legalForm);
}
