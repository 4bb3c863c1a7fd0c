import { CompaniesException, CompaniesExceptionCode } from '../companies.exception.js';
import { normalizeName } from './normalize-name.js';
import { parseSiren } from './siren.js';

/** categorieJuridiqueUniteLegale of an "entrepreneur individuel": a natural person. */
export const SOLE_TRADER_LEGAL_FORM = '1000';

/** Name columns, in order of preference, for legal persons. */
const NAME_COLUMNS = ['denominationUniteLegale', 'denominationUsuelle1UniteLegale', 'sigleUniteLegale'] as const;
/** Trade names, the only names a sole trader may be shown under (never nom/prénom, DESIGN §7). */
const TRADE_NAME_COLUMNS = [
  'denominationUsuelle1UniteLegale',
  'denominationUsuelle2UniteLegale',
  'denominationUsuelle3UniteLegale',
] as const;

const OPTIONAL_COLUMNS = [
  'statutDiffusionUniteLegale',
  'dateCreationUniteLegale',
  'etatAdministratifUniteLegale',
  'categorieJuridiqueUniteLegale',
  'activitePrincipaleUniteLegale',
  ...NAME_COLUMNS,
  ...TRADE_NAME_COLUMNS,
] as const;

type ColumnName = 'siren' | (typeof OPTIONAL_COLUMNS)[number];

/** Where each column we read sits in a record (-1 when absent). Person columns are never read. */
export type SireneColumns = Record<ColumnName, number>;

/** Locates our columns in the header; unknown columns are ignored, missing required ones refused. */
export function resolveSireneColumns(header: readonly string[]): SireneColumns {
  const trimmed = header.map((name) => name.trim().replace(/^\uFEFF/, ''));
  const indexOf = (name: string): number => trimmed.indexOf(name);
  const columns = { siren: indexOf('siren') } as SireneColumns;
  for (const name of OPTIONAL_COLUMNS) columns[name] = indexOf(name);

  const missing: string[] = [];
  if (columns.siren < 0) missing.push('siren');
  if (NAME_COLUMNS.every((name) => columns[name] < 0)) missing.push(NAME_COLUMNS.join(' ou '));
  if (missing.length > 0) {
    throw new CompaniesException(
      CompaniesExceptionCode.SIRENE_FILE_INVALID,
      `Fichier SIRENE invalide : colonne(s) obligatoire(s) absente(s) de l'en-tête : ${missing.join(', ')}.`,
      { missingColumns: missing },
    );
  }
  return columns;
}

export interface SireneCompanyRow {
  siren: string;
  name: string;
  searchName: string;
  legalForm: string | null;
  activityCode: string | null;
  active: boolean;
  /** ISO date (YYYY-MM-DD) or null. */
  createdOn: string | null;
  soleTrader: boolean;
}

export type SireneRowResult = { ok: true; row: SireneCompanyRow } | { ok: false; siren: string; reason: string };

/** A field as the importer reads it: trimmed, inner white space collapsed to one space. */
export function cleanFieldReference(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** Code points ≥ 128 that JavaScript's `\s` (and so trim) treats as white space. */
function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `cleanFieldReference`, without its two regex passes and copies for the usual field that is
 * already clean (no white space at either end, no run of spaces, no tab or other space): that
 * field is returned as it is. A property test pins it to the reference.
 */
export function cleanField(value: string): string {
  let previousSpace = true; // a leading space is not clean
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return cleanFieldReference(value);
      previousSpace = true;
    } else if (code < 32 || (code >= 128 && isWideSpace(code))) {
      return cleanFieldReference(value);
    } else {
      previousSpace = false;
    }
  }
  return previousSpace && value.length > 0 ? cleanFieldReference(value) : value;
}

/** "[ND]" is how the stock file masks values of non-diffusible units. */
function field(record: readonly string[], index: number): string {
  if (index < 0) return '';
  const value = record[index];
  if (value === undefined || value === '') return '';
  const cleaned = cleanField(value);
  return cleaned === '[ND]' ? '' : cleaned;
}

function firstNonEmpty(record: readonly string[], columns: SireneColumns, names: readonly ColumnName[]): string {
  for (const name of names) {
    const value = field(record, columns[name]);
    if (value !== '') return value;
  }
  return '';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Longest name accepted from the file (INSEE's own limit is 120; creditors' names are cut at 200). */
export const MAX_NAME_LENGTH = 300;

/** Maps one record of StockUniteLegale to a company, or says why it cannot be imported. */
export function mapSireneRecord(record: readonly string[], columns: SireneColumns): SireneRowResult {
  const rawSiren = field(record, columns.siren);
  const siren = parseSiren(rawSiren);
  if (siren === null) return { ok: false, siren: rawSiren, reason: 'SIREN invalide' };

  const legalForm = field(record, columns.categorieJuridiqueUniteLegale) || null;
  const soleTrader = legalForm === SOLE_TRADER_LEGAL_FORM;
  const nonDiffusible = field(record, columns.statutDiffusionUniteLegale) === 'P';

  let name: string;
  if (soleTrader) {
    const tradeName = nonDiffusible ? '' : firstNonEmpty(record, columns, TRADE_NAME_COLUMNS);
    name = tradeName || `Entrepreneur individuel (SIREN ${siren})`;
  } else {
    name = firstNonEmpty(record, columns, NAME_COLUMNS);
    if (name === '' && nonDiffusible) name = `Entreprise non diffusible (SIREN ${siren})`;
  }
  // INSEE's names are at most 120 characters; a longer one is a broken row, and past ~2,000 bytes its
  // search key would not fit the name index nor its words the full-text vector.
  if (name.length > MAX_NAME_LENGTH) return { ok: false, siren, reason: `nom de plus de ${MAX_NAME_LENGTH} caractères` };
  const searchName = normalizeName(name);
  if (searchName === '') return { ok: false, siren, reason: 'aucun nom utilisable' };

  const createdOn = field(record, columns.dateCreationUniteLegale);
  return {
    ok: true,
    row: {
      siren,
      name,
      searchName,
      legalForm,
      activityCode: field(record, columns.activitePrincipaleUniteLegale) || null,
      active: field(record, columns.etatAdministratifUniteLegale) !== 'C',
      createdOn: ISO_DATE.test(createdOn) ? createdOn : null,
      soleTrader,
    },
  };
}
