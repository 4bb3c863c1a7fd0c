import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../features/auth/components/SessionProvider';
import { fr } from '../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../test/fetch-mock';
import { TestApi } from '../../test/providers';
import { DebtorInvoicesPage } from './DebtorInvoicesPage';

const company = { siren: '552100554', name: 'BOULANGERIE MARTIN', role: 'OWNER' };
const me = (verified: boolean) => ({
  id: 'u2',
  email: 'claire@boulangerie-martin.fr',
  fullName: 'Claire Martin',
  platformRoles: [],
  activeCompany: company,
  memberships: [{ ...company, verified }],
});

const open = {
  id: 'i1',
  number: 'F-2026-118',
  amountCents: 250_000,
  currency: 'EUR',
  dueDate: '2026-08-31',
  status: 'OPEN',
  paidAt: null,
  daysOverdue: 12,
  creditor: { siren: '732829320', name: 'MEUNERIE DURAND' },
  openDispute: null,
};
const disputed = { ...open, id: 'i2', number: 'F-2026-119', status: 'DISPUTED', daysOverdue: 0, openDispute: { id: 'd9', reason: 'Jamais livré.' } };

function renderPage(verified: boolean, dispute: () => unknown = () => ({ data: null })) {
  const mock = mockGraphQL({
    Me: () => ({ data: { me: me(verified) } }),
    InvoicesAboutMyCompany: () => ({ data: { invoicesAboutMyCompany: { nodes: [open, disputed], pageInfo: { hasNextPage: false, endCursor: 'c' } } } }),
    DisputeInvoice: dispute,
  });
  render(
    <TestApi>
      <MemoryRouter>
        <SessionProvider>
          <DebtorInvoicesPage />
        </SessionProvider>
      </MemoryRouter>
    </TestApi>,
  );
  return mock;
}

afterEach(() => vi.unstubAllGlobals());

describe('DebtorInvoicesPage', () => {
  it('lists the invoices reported about the company and contests one with a reason', async () => {
    const { calls } = renderPage(true, () => ({ data: { disputeInvoice: { id: 'd1', status: 'OPEN', reason: 'Livraison incomplète', openedAt: '2026-11-24T10:00:00.000Z' } } }));

    const item = await screen.findByRole('article', { name: fr.debtor.invoices.item('F-2026-118', 'MEUNERIE DURAND') });
    expect(item.textContent).toContain('En retard de 12 jours');
    const other = screen.getByRole('article', { name: fr.debtor.invoices.item('F-2026-119', 'MEUNERIE DURAND') });
    expect(other.textContent).toContain(fr.debtor.invoices.disputed('Jamais livré.'));
    expect(within(other).queryByText(fr.debtor.invoices.disputeToggle)).toBeNull();

    fireEvent.change(within(item).getByLabelText(fr.publications.dispute.reason), { target: { value: 'Livraison incomplète : 3 palettes manquantes.' } });
    fireEvent.click(within(item).getByRole('button', { name: fr.publications.dispute.submit }));
    expect(await within(item).findByText(fr.publications.dispute.done)).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'DisputeInvoice')?.variables).toEqual({ input: { invoiceId: 'i1', reason: 'Livraison incomplète : 3 palettes manquantes.' } });
  });

  it('shows the API’s French message when the dispute is refused', async () => {
    renderPage(true, () => graphQLError('BAD_USER_INPUT', 'Expliquez la contestation en 10 caractères au moins.'));
    const item = await screen.findByRole('article', { name: fr.debtor.invoices.item('F-2026-118', 'MEUNERIE DURAND') });
    fireEvent.click(within(item).getByRole('button', { name: fr.publications.dispute.submit }));
    expect((await within(item).findByRole('alert')).textContent).toContain('Expliquez la contestation');
  });

  it('asks an unverified member to claim the company and does not query the list', async () => {
    const { calls } = renderPage(false);
    expect(await screen.findByText(fr.debtor.home.noVerified)).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'InvoicesAboutMyCompany')).toBe(false);
  });
});
