import { CompaniesException } from '../../companies/companies.exception.js';
import { validateSiren } from '../../companies/domain/siren.js';
import { InvoiceFieldError, InvoicesExceptionCode } from '../invoices.exception.js';
import { MAX_AMOUNT_CENTS } from './amount.js';
import { addOneYear, CalendarDate, parseFlexibleDate } from './calendar-date.js';
import { ContactDraft, validateContact, ValidContact } from './validate-contact.js';

/** An invoice as a form or an import row gives it, before any check. */
export interface InvoiceDraft {
  debtorSiren: string;
  debtorName?: string | null | undefined;
  number: string;
  amountCents: number;
  currency?: string | null | undefined;
  /** 'YYYY-MM-DD' or 'DD/MM/YYYY'. */
  issueDate: string;
  dueDate: string;
  contact?: ContactDraft | null | undefined;
}

export interface ValidInvoice {
  debtorSiren: string;
  debtorName: string | null;
  number: string;
  amountCents: number;
  currency: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  contact: ValidContact | null;
}

export interface ValidationContext {
  creditorSiren: string;
  /** Today in Europe/Paris. */
  today: CalendarDate;
}

export type InvoiceValidation = { ok: true; invoice: ValidInvoice } | { ok: false; errors: InvoiceFieldError[] };

export const MAX_NUMBER_LENGTH = 50;
const MAX_DEBTOR_NAME_LENGTH = 200;
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
const CURRENCY = /^[A-Z]{3}$/;

function error(field: string, code: InvoicesExceptionCode, message: string): InvoiceFieldError {
  return { field, code, message };
}

function checkSiren(input: string, context: ValidationContext, errors: InvoiceFieldError[]): string {
  try {
    const siren = validateSiren(input);
    if (siren === context.creditorSiren) {
      errors.push(error('debtorSiren', InvoicesExceptionCode.SELF_INVOICE, 'Vous ne pouvez pas vous facturer vous-même.'));
    }
    return siren;
  } catch (caught) {
    if (!(caught instanceof CompaniesException)) throw caught;
    errors.push(error('debtorSiren', InvoicesExceptionCode.DEBTOR_SIREN_INVALID, caught.message));
    return input;
  }
}

function checkDate(input: string, field: string, label: string, errors: InvoiceFieldError[]): CalendarDate | null {
  const date = parseFlexibleDate(input);
  if (!date) {
    errors.push(error(field, InvoicesExceptionCode.DATE_INVALID, `La date ${label} n'est pas une date valide (AAAA-MM-JJ ou JJ/MM/AAAA) : « ${input} ».`));
  }
  return date;
}

/**
 * The rules every new invoice obeys, whether typed in a form or imported: returns every failure,
 * each tied to its field, so a form and an import report can show them all at once.
 */
export function validateInvoice(draft: InvoiceDraft, context: ValidationContext): InvoiceValidation {
  const errors: InvoiceFieldError[] = [];

  const debtorSiren = checkSiren(draft.debtorSiren, context, errors);

  const debtorName = draft.debtorName?.trim() || null;
  if (debtorName && (debtorName.length > MAX_DEBTOR_NAME_LENGTH || CONTROL_CHARS.test(debtorName))) {
    errors.push(error('debtorName', InvoicesExceptionCode.DEBTOR_NAME_INVALID, `Le nom du débiteur doit faire au plus ${MAX_DEBTOR_NAME_LENGTH} caractères, sans caractère de contrôle.`));
  }

  const number = draft.number.trim();
  if (number.length === 0 || number.length > MAX_NUMBER_LENGTH || CONTROL_CHARS.test(number)) {
    errors.push(error('number', InvoicesExceptionCode.NUMBER_INVALID, `Le numéro de facture doit faire de 1 à ${MAX_NUMBER_LENGTH} caractères, sans caractère de contrôle.`));
  }

  const { amountCents } = draft;
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    errors.push(error('amountCents', InvoicesExceptionCode.AMOUNT_INVALID, 'Le montant doit être un nombre entier de centimes strictement positif.'));
  } else if (amountCents > MAX_AMOUNT_CENTS) {
    errors.push(error('amountCents', InvoicesExceptionCode.AMOUNT_INVALID, 'Le montant ne peut pas dépasser 1 milliard.'));
  }

  const currency = draft.currency?.trim() || 'EUR';
  if (!CURRENCY.test(currency)) {
    errors.push(error('currency', InvoicesExceptionCode.CURRENCY_INVALID, 'La devise doit être un code de 3 lettres majuscules (ex. EUR).'));
  }

  const issueDate = checkDate(draft.issueDate, 'issueDate', "d'émission", errors);
  const dueDate = checkDate(draft.dueDate, 'dueDate', "d'échéance", errors);
  if (issueDate && dueDate && dueDate < issueDate) {
    errors.push(error('dueDate', InvoicesExceptionCode.DUE_DATE_BEFORE_ISSUE_DATE, "La date d'échéance ne peut pas précéder la date d'émission."));
  }
  if (issueDate && issueDate > addOneYear(context.today)) {
    errors.push(error('issueDate', InvoicesExceptionCode.ISSUE_DATE_TOO_FAR, "La date d'émission ne peut pas dépasser d'un an la date du jour."));
  }

  const contact = validateContact(draft.contact);
  errors.push(...contact.errors);

  if (errors.length > 0 || !issueDate || !dueDate) return { ok: false, errors };
  return {
    ok: true,
    invoice: { debtorSiren, debtorName, number, amountCents, currency, issueDate, dueDate, contact: contact.contact },
  };
}
