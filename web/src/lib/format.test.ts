import { describe, expect, it } from 'vitest';
import { formatDate, formatLegalForm, formatMoney, formatPercent, formatPoints, formatScore, formatShortDate, formatSiren } from './format';

// French typography: narrow no-break space (U+202F) between thousands, no-break space (U+00A0) before €.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French formats', () => {
  it('formats cents as euros with French separators', () => {
    expect(formatMoney(123456)).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatMoney(5)).toBe(`0,05${NBSP}€`);
    expect(formatMoney(4500000050, 'EUR')).toBe(`45${NNBSP}000${NNBSP}000,50${NBSP}€`);
  });

  it('formats other currencies with their own symbol', () => {
    expect(formatMoney(1000, 'USD')).toBe(`10,00${NBSP}$US`);
  });

  it('formats ISO calendar dates without shifting the day, whatever the time zone', () => {
    expect(formatDate('2026-03-01')).toBe('1 mars 2026');
    expect(formatDate('2026-12-31')).toBe('31 décembre 2026');
    expect(formatShortDate('2026-03-01')).toBe('01/03/2026');
  });

  it('shows an unparseable date as is rather than "Invalid Date"', () => {
    expect(formatDate('bientôt')).toBe('bientôt');
  });

  it('shows scores on the 0–1000 scale, and contributions as signed points on it', () => {
    expect(formatScore(72.5)).toBe('725');
    expect(formatScore(100)).toBe(`1${NNBSP}000`);
    expect(formatPoints(5.3)).toBe('+53');
    expect(formatPoints(-12.4)).toBe('−124');
    expect(formatPoints(0)).toBe('0');
    expect(formatPercent(0.42)).toBe(`42${NBSP}%`);
  });

  it('groups a SIREN by three digits', () => {
    expect(formatSiren('552100554')).toBe('552 100 554');
    expect(formatSiren('12345')).toBe('12345');
  });

  it('names INSEE legal-form codes the way French readers know them', () => {
    expect(formatLegalForm('5710')).toBe('SAS');
    expect(formatLegalForm('5498')).toBe('EURL');
    expect(formatLegalForm('8888')).toBe('Catégorie juridique 8888');
    expect(formatLegalForm('SARL')).toBe('SARL');
  });
});
