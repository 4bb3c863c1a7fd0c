import { InvoiceFieldError, InvoicesExceptionCode } from '../invoices.exception.js';
import { ContactChannel } from './contact-channel.js';
import { normalizePhone } from './phone.js';

export interface ContactDraft {
  name?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  preferredChannel?: ContactChannel | null | undefined;
}

export interface ValidContact {
  name: string | null;
  /** Trimmed and lower-cased: contacts are unique per (creditor, debtor, email). */
  email: string | null;
  /** E.164. */
  phone: string | null;
  preferredChannel: ContactChannel;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_NAME_LENGTH = 200;
const MAX_EMAIL_LENGTH = 254;

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function invalid(field: string, message: string): InvoiceFieldError {
  return { field, code: InvoicesExceptionCode.CONTACT_INVALID, message };
}

/**
 * Checks the creditor's contact at the debtor. An all-blank contact is no contact (null).
 * Without an explicit channel, e-mail is preferred when there is an address, else SMS when there
 * is a phone number.
 */
export function validateContact(
  draft: ContactDraft | null | undefined,
  fieldPrefix = 'contact.',
): { contact: ValidContact | null; errors: InvoiceFieldError[] } {
  if (!draft) return { contact: null, errors: [] };
  const name = blankToNull(draft.name);
  const rawEmail = blankToNull(draft.email);
  const rawPhone = blankToNull(draft.phone);
  if (!name && !rawEmail && !rawPhone) return { contact: null, errors: [] };

  const errors: InvoiceFieldError[] = [];
  if (name && (name.length > MAX_NAME_LENGTH || CONTROL_CHARS.test(name))) {
    errors.push(invalid(`${fieldPrefix}name`, `Le nom du contact doit faire au plus ${MAX_NAME_LENGTH} caractères, sans caractère de contrôle.`));
  }
  const email = rawEmail?.toLowerCase() ?? null;
  if (email && (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email))) {
    errors.push(invalid(`${fieldPrefix}email`, `L'adresse e-mail du contact n'est pas valide : « ${rawEmail} ».`));
  }
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  if (rawPhone && !phone) {
    errors.push(invalid(`${fieldPrefix}phone`, `Le numéro de téléphone du contact n'est pas valide : « ${rawPhone} ».`));
  }

  const preferredChannel = draft.preferredChannel ?? (email || !phone ? ContactChannel.EMAIL : ContactChannel.SMS);
  if (preferredChannel === ContactChannel.EMAIL && !rawEmail && draft.preferredChannel) {
    errors.push(invalid(`${fieldPrefix}preferredChannel`, 'Le canal e-mail demande une adresse e-mail.'));
  }
  if (preferredChannel === ContactChannel.SMS && !rawPhone) {
    errors.push(invalid(`${fieldPrefix}preferredChannel`, 'Le canal SMS demande un numéro de téléphone.'));
  }

  return errors.length > 0 ? { contact: null, errors } : { contact: { name, email, phone, preferredChannel }, errors };
}
