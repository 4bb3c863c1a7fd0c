import { describe, expect, it } from 'vitest';
import { assignGroups, composeGroupedMessage, GroupPart } from '../group-message.js';

const part = (invoiceNumber: string, overrides: Partial<GroupPart> = {}): GroupPart => ({
  invoiceNumber,
  amountCents: 123_456,
  currency: 'EUR',
  dueDate: '2027-03-03',
  subject: `Facture ${invoiceNumber}`,
  body: `Merci de régler la facture ${invoiceNumber}.`,
  ...overrides,
});

describe('composeGroupedMessage', () => {
  it('leaves a single message as it is', () => {
    expect(composeGroupedMessage('EMAIL', 'Acme', [part('F-1')])).toEqual({ subject: 'Facture F-1', body: 'Merci de régler la facture F-1.' });
  });

  it('lists every invoice with its amount and due date, then each invoice’s own message', () => {
    const sut = composeGroupedMessage('EMAIL', 'Acme', [part('F-1'), part('F-2', { amountCents: 5_000, dueDate: '2027-03-05', subject: 'Dernier rappel' })]);
    expect(sut.subject).toBe('Acme : 2 factures (n° F-1, n° F-2)');
    expect(sut.body).toBe(
      [
        'Ce message regroupe 2 factures :',
        '- Facture n° F-1 : 1 234,56 €, échéance le 03/03/2027',
        '- Facture n° F-2 : 50,00 €, échéance le 05/03/2027',
        '',
        '--- Facture n° F-1 : Facture F-1 ---',
        'Merci de régler la facture F-1.',
        '',
        '--- Facture n° F-2 : Dernier rappel ---',
        'Merci de régler la facture F-2.',
      ].join('\n'),
    );
  });

  it('keeps an SMS short: one line naming the invoices, then each body', () => {
    const sut = composeGroupedMessage('SMS', 'Acme', [part('F-1', { subject: null }), part('F-2', { subject: null })]);
    expect(sut).toEqual({ subject: null, body: 'Acme : 2 factures (n° F-1, n° F-2).\nMerci de régler la facture F-1.\nMerci de régler la facture F-2.' });
  });
});

describe('assignGroups', () => {
  const at = (iso: string) => new Date(iso);
  it('groups one message per invoice under the same key, led by the earliest; leaves the rest alone', () => {
    const sut = assignGroups([
      { id: 'b', invoiceId: 'I2', key: 'k', scheduledAt: at('2027-03-03T08:00:00Z') },
      { id: 'a', invoiceId: 'I1', key: 'k', scheduledAt: at('2027-03-03T08:00:00Z') },
      { id: 'c', invoiceId: 'I3', key: 'k', scheduledAt: at('2027-03-03T09:00:00Z') },
      { id: 'd', invoiceId: 'I1', key: 'other', scheduledAt: at('2027-03-03T08:00:00Z') },
    ]);
    expect(Object.fromEntries(sut)).toEqual({ a: 'a', b: 'a', c: 'a', d: null });
  });

  it('never puts two messages of one invoice in the same group', () => {
    const sut = assignGroups([
      { id: 'a1', invoiceId: 'I1', key: 'k', scheduledAt: at('2027-03-03T08:00:00Z') },
      { id: 'a2', invoiceId: 'I1', key: 'k', scheduledAt: at('2027-03-03T09:00:00Z') },
      { id: 'b1', invoiceId: 'I2', key: 'k', scheduledAt: at('2027-03-03T08:00:00Z') },
    ]);
    expect(Object.fromEntries(sut)).toEqual({ a1: 'a1', b1: 'a1', a2: null });
  });
});
