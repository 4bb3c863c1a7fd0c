import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../test/fetch-mock';
import { TestApi } from '../../test/providers';
import { ClaimQueuePage } from './ClaimQueuePage';

const claim = {
  id: 'c1',
  siren: '552100554',
  companyName: 'BOULANGERIE MARTIN',
  claimantName: 'Claire Martin',
  claimantEmail: 'claire@boulangerie-martin.fr',
  method: 'MODERATOR_REVIEW',
  status: 'PENDING_REVIEW',
  email: null,
  note: 'Gérante, Kbis joint.',
  createdAt: '2026-11-20T08:30:00.000Z',
  companyAlreadyVerified: true,
  companyEmailDomain: null,
};

function queue() {
  return { data: { companyClaimQueue: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: claim }] } } };
}

function renderPage() {
  render(
    <TestApi>
      <MemoryRouter>
        <ClaimQueuePage />
      </MemoryRouter>
    </TestApi>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('ClaimQueuePage', () => {
  it('shows the claim with its evidence and warns when someone already speaks for the company', async () => {
    mockGraphQL({ CompanyClaimQueue: queue });
    renderPage();

    const card = await screen.findByRole('article', { name: 'BOULANGERIE MARTIN' });
    expect(card.textContent).toContain('Claire Martin — claire@boulangerie-martin.fr');
    expect(card.textContent).toContain('Gérante, Kbis joint.');
    expect(within(card).getByText(fr.moderation.claims.alreadyVerified)).toBeTruthy();
  });

  it('approves with the reason and the verified domain, then says so', async () => {
    const { calls } = mockGraphQL({
      CompanyClaimQueue: queue,
      DecideCompanyClaim: () => ({ data: { decideCompanyClaim: { id: 'c1', status: 'VERIFIED', decisionReason: 'Kbis conforme.' } } }),
      AuditLog: () => ({ data: { auditLog: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } }),
    });
    renderPage();

    const card = await screen.findByRole('article', { name: 'BOULANGERIE MARTIN' });
    fireEvent.change(within(card).getByLabelText(fr.moderation.claims.reason), { target: { value: ' Kbis conforme. ' } });
    fireEvent.change(within(card).getByLabelText(fr.moderation.claims.domain), { target: { value: 'boulangerie-martin.fr' } });
    fireEvent.click(within(card).getByRole('button', { name: fr.moderation.claims.approve }));

    expect(await within(card).findByText(fr.moderation.claims.approved)).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'DecideCompanyClaim')?.variables).toEqual({
      input: { claimId: 'c1', approve: true, reason: 'Kbis conforme.', emailDomain: 'boulangerie-martin.fr' },
    });
  });

  it('shows the API’s French message when the decision is refused', async () => {
    mockGraphQL({
      CompanyClaimQueue: queue,
      DecideCompanyClaim: () => graphQLError('BAD_USER_INPUT', 'Motivez la décision (3 à 2 000 caractères) : elle est transmise au demandeur.'),
    });
    renderPage();

    const card = await screen.findByRole('article', { name: 'BOULANGERIE MARTIN' });
    fireEvent.click(within(card).getByRole('button', { name: fr.moderation.claims.reject }));

    expect((await within(card).findByRole('alert')).textContent).toContain('Motivez la décision');
  });
});
