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

const scoreFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const pointsFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const daysFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/**
 * The site shows scores on a 0–1000 scale (the engine computes 0–100 with one decimal, so ×10 is
 * exact): 72.5 → "725". One scale everywhere: values, points of a contribution, gains.
 */
export function scoreOn1000(value: number): number {
  return Math.round(value * 10);
}

/** 72.5 → "725". */
export function formatScore(value: number): string {
  return scoreFormat.format(scoreOn1000(value));
}

/** A contribution or a gain, signed, on the same scale: 5.3 → "+53", −12.4 → "−124". */
export function formatPoints(effect: number): string {
  return pointsFormat.format(scoreOn1000(effect)).replace('-', '−');
}

/** 12.34 → "12,3". */
export function formatDays(days: number): string {
  return daysFormat.format(days);
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

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** An instant, in Paris time: "24 nov. 2026, 21:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** A file size for a download link: "12 Ko" (at least 1). */
export function formatKilobytes(bytes: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} Ko`;
}
