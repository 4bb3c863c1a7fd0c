/** The fields an invoice import file may carry, and the column names accepted for each. */
export enum CsvField {
  DEBTOR_SIREN = 'debtorSiren',
  DEBTOR_NAME = 'debtorName',
  NUMBER = 'number',
  AMOUNT = 'amount',
  CURRENCY = 'currency',
  ISSUE_DATE = 'issueDate',
  DUE_DATE = 'dueDate',
  CONTACT_NAME = 'contactName',
  CONTACT_EMAIL = 'contactEmail',
  CONTACT_PHONE = 'contactPhone',
}

/** Normalised names (see normalizeHeader); the first one is the French name shown in messages. */
const ALIASES: Record<CsvField, readonly string[]> = {
  [CsvField.DEBTOR_SIREN]: ['siren_debiteur', 'debtor_siren'],
  [CsvField.DEBTOR_NAME]: ['nom_debiteur', 'debtor_name'],
  [CsvField.NUMBER]: ['numero', 'number', 'numero_facture', 'invoice_number'],
  [CsvField.AMOUNT]: ['montant', 'amount'],
  [CsvField.CURRENCY]: ['devise', 'currency'],
  [CsvField.ISSUE_DATE]: ['date_emission', 'issue_date'],
  [CsvField.DUE_DATE]: ['date_echeance', 'due_date'],
  [CsvField.CONTACT_NAME]: ['contact_nom', 'contact_name'],
  [CsvField.CONTACT_EMAIL]: ['contact_email', 'contact_mail'],
  [CsvField.CONTACT_PHONE]: ['contact_telephone', 'contact_phone', 'contact_tel'],
};

export const REQUIRED_FIELDS: readonly CsvField[] = [
  CsvField.DEBTOR_SIREN,
  CsvField.NUMBER,
  CsvField.AMOUNT,
  CsvField.ISSUE_DATE,
  CsvField.DUE_DATE,
];

const FIELD_BY_ALIAS = new Map<string, CsvField>(
  Object.entries(ALIASES).flatMap(([field, aliases]) => aliases.map((alias) => [alias, field as CsvField] as const)),
);

/** "Date d'échéance " → "date_d_echeance"; "Numéro" → "numero"; case, accents and spacing ignored. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_d_/g, '_');
}

/** How a field is named to people: "montant (amount)". */
export function describeField(field: CsvField): string {
  const [french, english] = ALIASES[field];
  return `${french} (${english})`;
}

export type ColumnMapping =
  | { ok: true; columns: Map<CsvField, number> }
  | { ok: false; problem: 'MISSING'; fields: CsvField[] }
  | { ok: false; problem: 'DUPLICATE'; field: CsvField };

/** Finds which column holds each field; unknown columns are ignored. */
export function mapColumns(headers: readonly string[]): ColumnMapping {
  const columns = new Map<CsvField, number>();
  for (const [index, header] of headers.entries()) {
    const field = FIELD_BY_ALIAS.get(normalizeHeader(header));
    if (!field) continue;
    if (columns.has(field)) return { ok: false, problem: 'DUPLICATE', field };
    columns.set(field, index);
  }
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  return missing.length > 0 ? { ok: false, problem: 'MISSING', fields: missing } : { ok: true, columns };
}
