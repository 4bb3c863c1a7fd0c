import { describe, expect, it } from 'vitest';
import { CsvField, mapColumns, normalizeHeader } from '../csv-columns.js';

describe('import columns', () => {
  it('ignores case, accents, spaces and apostrophes in headers', () => {
    expect(normalizeHeader('SIREN débiteur')).toBe('siren_debiteur');
    expect(normalizeHeader("Date d'échéance")).toBe('date_echeance');
    expect(normalizeHeader('\uFEFFNuméro ')).toBe('numero');
    expect(normalizeHeader('Contact-Téléphone')).toBe('contact_telephone');
  });

  it('maps French headers', () => {
    const mapping = mapColumns(['Siren_Debiteur', 'Nom débiteur', 'Numéro', 'Montant', "Date d'émission", "Date d'échéance", 'Contact nom', 'Contact email', 'Contact téléphone']);
    expect(mapping.ok && Object.fromEntries(mapping.columns)).toEqual({
      [CsvField.DEBTOR_SIREN]: 0,
      [CsvField.DEBTOR_NAME]: 1,
      [CsvField.NUMBER]: 2,
      [CsvField.AMOUNT]: 3,
      [CsvField.ISSUE_DATE]: 4,
      [CsvField.DUE_DATE]: 5,
      [CsvField.CONTACT_NAME]: 6,
      [CsvField.CONTACT_EMAIL]: 7,
      [CsvField.CONTACT_PHONE]: 8,
    });
  });

  it('maps English headers in any order and ignores unknown columns', () => {
    const mapping = mapColumns(['notes', 'due_date', 'AMOUNT', 'number', 'issue_date', 'debtor_siren']);
    expect(mapping.ok && mapping.columns.get(CsvField.AMOUNT)).toBe(2);
    expect(mapping.ok && mapping.columns.get(CsvField.DEBTOR_SIREN)).toBe(5);
  });

  it('names every missing required column', () => {
    expect(mapColumns(['numero', 'siren_debiteur', 'date_emission'])).toEqual({
      ok: false,
      problem: 'MISSING',
      fields: [CsvField.AMOUNT, CsvField.DUE_DATE],
    });
  });

  it('refuses a field given twice under two names', () => {
    expect(mapColumns(['montant', 'amount'])).toEqual({ ok: false, problem: 'DUPLICATE', field: CsvField.AMOUNT });
  });
});
