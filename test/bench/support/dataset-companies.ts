/**
 * Company rows of the bench data set: SIRENE-like names built from the word lists with accents,
 * legal forms, NAF codes, cities; unique Luhn-valid SIRENs. Row g is a pure function of g (hashes,
 * no shared PRNG state), so any part of the set can be regenerated or looked up independently.
 */
import { normalizeName } from '../../../api/src/modules/companies/domain/normalize-name.js';
import type { CopyValue } from './copy-rows.js';
import { CITIES, FORMS, LEGAL_FORMS, NAF, PLACES, SUFFIXES, SURNAMES, TRADES } from './names.js';

/** A 32-bit hash of (g, k): independent draws per row without storing state. */
export function hash(g: number, k: number): number {
  let h = Math.imul(g ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** SIREN of row g: a bijection of 0..1e8-1 (7919 is prime to 10^8) plus the Luhn key. */
export function sirenOf(g: number): string {
  const base = String((g * 7919 + 1_234_567) % 100_000_000).padStart(8, '0');
  // The check digit sits at the right, so the base digits at odd positions from the right (1-based
  // from the check digit: 2, 4, …) are doubled: base index 7, 5, 3, 1.
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    let d = base.charCodeAt(i) - 48;
    if ((8 - i) % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return base + String((10 - (sum % 10)) % 10);
}

interface WordList {
  display: readonly string[];
  search: readonly string[];
}
const list = (words: readonly string[]): WordList => ({ display: words, search: words.map(normalizeName) });
const L = { trade: list(TRADES), surname: list(SURNAMES), place: list(PLACES), suffix: list(SUFFIXES), form: list(FORMS) };
type Part = [WordList, number];

/** The ten name shapes (same mix as the former SQL generator, so search figures stay comparable). */
function nameParts(g: number): Part[] {
  const t: Part = [L.trade, 1], p: Part = [L.place, 2], s: Part = [L.surname, 3], x: Part = [L.suffix, 4], s2: Part = [L.surname, 5], f: Part = [L.form, 6];
  switch (hash(g, 0) % 10) {
    case 0: case 1: return [t, p];
    case 2: return [t, s, p];
    case 3: return [t, s];
    case 4: return [t, s, x];
    case 5: return [s, x];
    case 6: return [s, s2, x];
    case 7: return [f, s, p];
    case 8: return [f, t, s, s2];
    default: return [t, [L.trade, 7], s, p];
  }
}

function pickIndex(g: number, k: number, length: number): number {
  return hash(g, k) % length;
}

export const COMPANY_COLUMNS = ['siren', 'name', 'search_name', 'legal_form', 'activity_code', 'city', 'active', 'created_on', 'source', 'sole_trader', 'updated_at'];

/** The COPY row of company g. Sole traders (legal form 1000) get the neutral label, as the importer writes. */
export function companyRow(g: number, updatedAt: string): CopyValue[] {
  const siren = sirenOf(g);
  const legalForm = LEGAL_FORMS[pickIndex(g, 11, LEGAL_FORMS.length)] as string;
  let name: string;
  let searchName: string;
  if (legalForm === '1000') {
    name = `Entrepreneur individuel (SIREN ${siren})`;
    searchName = `entrepreneur individuel siren ${siren}`;
  } else {
    const parts = nameParts(g).map(([words, k]) => [words, pickIndex(g, k, words.display.length)] as const);
    name = parts.map(([words, i]) => words.display[i]).join(' ');
    searchName = parts.map(([words, i]) => words.search[i]).join(' ');
  }
  const createdOn = new Date(Date.UTC(1950, 0, 1) + (hash(g, 10) % 27_000) * 86_400_000).toISOString().slice(0, 10);
  return [
    siren,
    name,
    searchName,
    legalForm,
    NAF[pickIndex(g, 8, NAF.length)] as string,
    CITIES[pickIndex(g, 12, CITIES.length)] as string,
    hash(g, 9) % 10 !== 0,
    createdOn,
    'SIRENE',
    legalForm === '1000',
    updatedAt,
  ];
}

export function* companyRows(from: number, to: number, updatedAt: string): Generator<CopyValue[]> {
  for (let g = from; g < to; g += 1) yield companyRow(g, updatedAt);
}
