import { describe, expect, it } from 'vitest';
import { InvoicesExceptionCode } from '../../invoices.exception.js';
import { ContactChannel } from '../contact-channel.js';
import { InvoiceDraft, validateInvoice } from '../validate-invoice.js';

const CREDITOR = '732829320';
const DEBTOR = '552100554';
const context = { creditorSiren: CREDITOR, today: '2026-03-10' };

function draft(overrides: Partial<InvoiceDraft> = {}): InvoiceDraft {
  return { debtorSiren: DEBTOR, number: 'F-2026-001', amountCents: 125_000, issueDate: '2026-03-01', dueDate: '2026-03-31', ...overrides };
}

function codes(overrides: Partial<InvoiceDraft>): [string | null, InvoicesExceptionCode][] {
  const result = validateInvoice(draft(overrides), context);
  return result.ok ? [] : result.errors.map((error) => [error.field, error.code]);
}

describe('validateInvoice', () => {
  it('accepts a plain invoice and fills the defaults', () => {
    expect(validateInvoice(draft({ number: '  F-1  ', debtorSiren: '552 100 554' }), context)).toEqual({
      ok: true,
      invoice: { debtorSiren: DEBTOR, debtorName: null, number: 'F-1', amountCents: 125_000, currency: 'EUR', issueDate: '2026-03-01', dueDate: '2026-03-31', contact: null },
    });
  });

  it('refuses a malformed or wrongly keyed SIREN', () => {
    expect(codes({ debtorSiren: '12345' })).toEqual([['debtorSiren', InvoicesExceptionCode.DEBTOR_SIREN_INVALID]]);
    expect(codes({ debtorSiren: '552100555' })).toEqual([['debtorSiren', InvoicesExceptionCode.DEBTOR_SIREN_INVALID]]);
  });

  it('refuses an invoice to oneself', () => {
    expect(codes({ debtorSiren: CREDITOR })).toEqual([['debtorSiren', InvoicesExceptionCode.SELF_INVOICE]]);
  });

  it.each(['', '   ', 'x'.repeat(51), 'F\n1', 'F\u00071'])('refuses the number %j', (number) => {
    expect(codes({ number })).toEqual([['number', InvoicesExceptionCode.NUMBER_INVALID]]);
  });

  it.each([0, -100, 12.5, Number.NaN, 100_000_000_001])('refuses the amount %d', (amountCents) => {
    expect(codes({ amountCents })).toEqual([['amountCents', InvoicesExceptionCode.AMOUNT_INVALID]]);
  });

  it('accepts the largest amount', () => {
    expect(codes({ amountCents: 100_000_000_000 })).toEqual([]);
  });

  it.each(['eur', 'EURO', 'E1R'])('refuses the currency %j', (currency) => {
    expect(codes({ currency })).toEqual([['currency', InvoicesExceptionCode.CURRENCY_INVALID]]);
  });

  it('refuses dates that do not exist', () => {
    expect(codes({ issueDate: '2026-02-30' })).toEqual([['issueDate', InvoicesExceptionCode.DATE_INVALID]]);
    expect(codes({ dueDate: 'demain' })).toEqual([['dueDate', InvoicesExceptionCode.DATE_INVALID]]);
  });

  it('refuses a due date before the issue date but accepts the same day', () => {
    expect(codes({ dueDate: '2026-02-28' })).toEqual([['dueDate', InvoicesExceptionCode.DUE_DATE_BEFORE_ISSUE_DATE]]);
    expect(codes({ dueDate: '2026-03-01' })).toEqual([]);
  });

  it('refuses an issue date more than a year ahead', () => {
    expect(codes({ issueDate: '2027-03-10', dueDate: '2027-04-10' })).toEqual([]);
    expect(codes({ issueDate: '2027-03-11', dueDate: '2027-04-10' })).toEqual([['issueDate', InvoicesExceptionCode.ISSUE_DATE_TOO_FAR]]);
  });

  it('reports every failure at once', () => {
    expect(codes({ debtorSiren: 'x', number: '', amountCents: -1 })).toHaveLength(3);
  });

  it('normalises the contact phone to E.164 and prefers e-mail when there is an address', () => {
    const result = validateInvoice(draft({ contact: { name: ' Mme Durand ', email: ' Compta@Client.FR ', phone: '06 12 34 56 78' } }), context);
    expect(result.ok && result.invoice.contact).toEqual({ name: 'Mme Durand', email: 'compta@client.fr', phone: '+33612345678', preferredChannel: ContactChannel.EMAIL });
  });

  it('prefers SMS for a contact with only a phone, and treats a blank contact as none', () => {
    const sms = validateInvoice(draft({ contact: { phone: '+44 20 7946 0958' } }), context);
    expect(sms.ok && sms.invoice.contact?.preferredChannel).toBe(ContactChannel.SMS);
    const blank = validateInvoice(draft({ contact: { name: ' ', email: '' } }), context);
    expect(blank.ok && blank.invoice.contact).toBeNull();
  });

  it('refuses a bad e-mail, a bad phone, and SMS without a phone', () => {
    expect(codes({ contact: { email: 'not-an-email' } })).toEqual([['contact.email', InvoicesExceptionCode.CONTACT_INVALID]]);
    expect(codes({ contact: { phone: '123' } })).toEqual([['contact.phone', InvoicesExceptionCode.CONTACT_INVALID]]);
    expect(codes({ contact: { email: 'a@b.fr', preferredChannel: ContactChannel.SMS } })).toEqual([
      ['contact.preferredChannel', InvoicesExceptionCode.CONTACT_INVALID],
    ]);
  });
});
