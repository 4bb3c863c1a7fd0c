import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../features/auth/components/SessionProvider';
import { mockGraphQL } from '../../test/fetch-mock';
import { creditorMe } from '../../test/fixtures';
import { TestApi } from '../../test/providers';
import { InvoicePage } from './InvoicePage';

const invoice = {
  id: 'inv-1',
  number: 'F-2035-014',
  amountCents: 123_456,
  currency: 'CHF',
  issueDate: '2035-02-01',
  dueDate: '2035-03-03',
  paidAt: null,
  status: 'CANCELLED',
  daysOverdue: 0,
  debtor: { siren: '552100554', name: 'IMPRIMERIE ESSAI' },
  contact: { id: 'c1', name: 'Compta', email: 'compta@client.fr', phone: null, preferredChannel: 'EMAIL' },
};
const sentMessage = {
  id: 'm1',
  stepIndex: 0,
  channel: 'EMAIL',
  tone: 'GOOD',
  toAddress: 'compta@client.fr',
  subject: 'Facture F-2035-014',
  body: 'Bonjour',
  scheduledAt: '2035-02-24T08:00:00.000Z',
  status: 'DELIVERED',
  attempts: 1,
  lastError: null,
  sentAt: '2035-02-24T08:00:04.000Z',
  deliveredAt: '2035-02-24T08:01:00.000Z',
};
const classicRun = {
  id: 'r1',
  scenarioId: 'builtin-classic',
  scenarioName: 'Le classique Bonpayeur',
  status: 'STOPPED',
  pausedReason: null,
  endReason: 'INVOICE_CANCELLED',
  tokenSpent: true,
  tokenRefunded: false,
  createdAt: '2035-02-20T10:00:00.000Z',
  endedAt: '2035-03-12T10:00:00.000Z',
  segment: null,
  messages: [sentMessage],
};
const declared = { id: '7', kind: 'PAYMENT_DECLARED', actor: 'DEBTOR_LINK', details: JSON.stringify({ declarationId: 'd1', paidOn: '2035-03-01', note: null }), occurredAt: '2035-03-02T09:00:00.000Z' };
const planProposed = {
  id: '8',
  kind: 'PAYMENT_PLAN_PROPOSED',
  actor: 'DEBTOR_LINK',
  details: JSON.stringify({ planId: 'p1', instalments: [{ dueDate: '2035-03-31', amountCents: 61_728 }, { dueDate: '2035-04-30', amountCents: 61_728 }] }),
  occurredAt: '2035-02-22T09:00:00.000Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('InvoicePage', () => {
  it('shows the invoice’s events from invoiceTimeline in its history, in French, between its messages and in its currency', async () => {
    const { calls } = mockGraphQL({
      Me: () => ({ data: { me: creditorMe } }),
      InvoiceDetail: () => ({ data: { invoice, invoiceTimeline: { invoiceId: 'inv-1', runs: [classicRun], events: [planProposed, declared] } } }),
    });
    render(
      <TestApi>
        <MemoryRouter initialEntries={['/espace/factures/inv-1']}>
          <SessionProvider>
            <Routes>
              <Route path="/espace/factures/:id" element={<InvoicePage />} />
            </Routes>
          </SessionProvider>
        </MemoryRouter>
      </TestApi>,
    );
    const history = await screen.findByRole('region', { name: 'Historique de la facture' });
    const chronology = within(history).getByRole('region', { name: 'Chronologie' });
    const titles = within(chronology)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('timeline__item'))
      .map((item) => item.querySelector('.timeline__what')?.textContent);
    expect(titles).toEqual(['Échéancier proposé en 2 fois : relances en pause', 'Aimable · E-mail', 'Paiement déclaré le 1 mars 2035 : relances en pause']);
    expect((chronology.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ')).toContain('617,28 CHF le 31 mars 2035');
    expect(within(history).getByRole('region', { name: 'Relances' }).textContent).toContain('facture annulée');
    expect(calls.find((call) => call.operationName === 'InvoiceDetail')?.variables).toEqual({ id: 'inv-1' });
  });
});
