import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../features/auth/components/SessionProvider';
import { fr } from '../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../test/fetch-mock';
import { TestApi } from '../../test/providers';
import { DebtorPublicationsPage } from './DebtorPublicationsPage';

const me = {
  id: 'u2',
  email: 'claire@boulangerie-martin.fr',
  fullName: 'Claire Martin',
  platformRoles: [],
  activeCompany: null,
  memberships: [{ siren: '552100554', name: 'BOULANGERIE MARTIN', role: 'OWNER', verified: true }],
};

const request = {
  id: 'p1',
  invoiceId: 'i1',
  invoiceNumber: 'F-2026-118',
  amountCents: 250_000,
  currency: 'EUR',
  dueDate: '2026-08-31',
  status: 'REQUESTED',
  statement: 'Mise en demeure du 15 octobre restée sans réponse.',
  requestedAt: '2026-11-20T09:00:00.000Z',
  answerUntil: '2026-11-27T09:00:00.000Z',
  debtorWaivedAnswerPeriod: false,
  decisionReason: null,
  creditor: { siren: '732829320', name: 'MEUNERIE DURAND' },
  reply: null,
};

function renderPage(dispute: () => unknown) {
  const mock = mockGraphQL({
    Me: () => ({ data: { me } }),
    PublicationsAboutCompany: () => ({ data: { publicationsAboutCompany: { nodes: [request] } } }),
    DisputeInvoice: dispute,
  });
  render(
    <TestApi>
      <MemoryRouter>
        <SessionProvider>
          <DebtorPublicationsPage />
        </SessionProvider>
      </MemoryRouter>
    </TestApi>,
  );
  return mock;
}

afterEach(() => vi.unstubAllGlobals());

describe('DebtorPublicationsPage', () => {
  it('shows the creditor’s statement and the answer period, and disputes the invoice with a reason', async () => {
    const { calls } = renderPage(() => ({
      data: { disputeInvoice: { id: 'd1', status: 'OPEN', reason: 'Livraison incomplète', openedAt: '2026-11-24T10:00:00.000Z' } },
    }));

    const item = await screen.findByRole('article', { name: fr.publications.aboutMe.item('F-2026-118', 'MEUNERIE DURAND') });
    expect(item.textContent).toContain('Mise en demeure du 15 octobre restée sans réponse.');
    expect(item.textContent).toContain('Vous pouvez répondre ou contester jusqu’au');
    fireEvent.change(within(item).getByLabelText(fr.publications.dispute.reason), { target: { value: 'Livraison incomplète : 3 palettes manquantes.' } });
    fireEvent.click(within(item).getByRole('button', { name: fr.publications.dispute.submit }));

    expect(await within(item).findByText(fr.publications.dispute.done)).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'DisputeInvoice')?.variables).toEqual({
      input: { invoiceId: 'i1', reason: 'Livraison incomplète : 3 palettes manquantes.' },
    });
  });

  it('shows the API’s French message when the dispute is refused', async () => {
    renderPage(() => graphQLError('BAD_USER_INPUT', 'Expliquez la contestation en 10 caractères au moins.'));

    const item = await screen.findByRole('article', { name: fr.publications.aboutMe.item('F-2026-118', 'MEUNERIE DURAND') });
    fireEvent.click(within(item).getByRole('button', { name: fr.publications.dispute.submit }));

    expect((await within(item).findByRole('alert')).textContent).toContain('Expliquez la contestation');
  });
});
