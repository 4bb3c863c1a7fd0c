import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../test/fetch-mock';
import { TestApi } from '../../test/providers';
import { DisputeQueuePage } from './DisputeQueuePage';

const review = {
  invoiceNumber: 'F-2026-118',
  amountCents: 250_000,
  dueDate: '2026-08-31',
  publicationId: 'p1',
  creditor: { siren: '732829320', name: 'MEUNERIE DURAND' },
  debtor: { siren: '552100554', name: 'BOULANGERIE MARTIN' },
  creditorReliability: { requested: 4, published: 2, overturned: 1, disputed: 2 },
  dispute: { id: 'd1', reason: 'Trois palettes jamais livrées.', openedVia: 'DEBTOR_MEMBER', openedAt: '2026-11-20T08:30:00.000Z' },
  evidence: [{ id: 'e1', filename: 'bon-de-livraison.pdf', sizeBytes: 20_480, downloadPath: '/disputes/d1/evidence/e1' }],
};

function queue() {
  return { data: { disputeQueue: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: review }] } } };
}

function renderPage(rule: () => unknown = () => ({ data: null })) {
  let ruled = false;
  const mock = mockGraphQL({
    // Once ruled, the dispute leaves the queue.
    DisputeQueue: () => (ruled ? { data: { disputeQueue: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } } : queue()),
    RuleOnDispute: () => {
      const answer = rule() as { data?: unknown };
      ruled = Boolean(answer.data);
      return answer;
    },
    AuditLog: () => ({ data: { auditLog: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } }),
  });
  render(
    <TestApi>
      <MemoryRouter>
        <DisputeQueuePage />
      </MemoryRouter>
    </TestApi>,
  );
  return mock;
}

afterEach(() => vi.unstubAllGlobals());

describe('DisputeQueuePage', () => {
  it('shows the debtor’s reason, its evidence links, both parties and the frozen publication', async () => {
    renderPage();
    const card = await screen.findByRole('article', { name: /Facture F-2026-118/ });
    expect(card.textContent).toContain('Trois palettes jamais livrées.');
    expect(within(card).getByRole('link', { name: /bon-de-livraison\.pdf/ }).getAttribute('href')).toBe('/disputes/d1/evidence/e1');
    expect(within(card).getByRole('link', { name: 'MEUNERIE DURAND' })).toBeTruthy();
    expect(card.textContent).toContain(fr.moderation.disputes.reliability(4, 2, 1, 2));
    expect(within(card).getByText(fr.moderation.disputes.publication)).toBeTruthy();
  });

  it('upholds with the reason, then announces it once the dispute left the queue', async () => {
    const { calls } = renderPage(() => ({ data: { ruleOnDispute: { id: 'd1', status: 'UPHELD', rulingReason: 'Livraison non prouvée.' } } }));
    const card = await screen.findByRole('article', { name: /Facture F-2026-118/ });
    fireEvent.change(within(card).getByLabelText(fr.moderation.disputes.reason), { target: { value: ' Livraison non prouvée. ' } });
    fireEvent.click(within(card).getByRole('button', { name: fr.moderation.disputes.uphold }));

    expect(await screen.findByText(fr.moderation.disputes.decided('F-2026-118', true))).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'RuleOnDispute')?.variables).toEqual({ input: { disputeId: 'd1', upheld: true, reason: 'Livraison non prouvée.' } });
    expect(await screen.findByText(fr.moderation.disputes.empty)).toBeTruthy();
  });

  it('shows the API’s French message when the ruling is refused', async () => {
    renderPage(() => graphQLError('BAD_USER_INPUT', 'Expliquez votre décision en quelques mots.'));
    const card = await screen.findByRole('article', { name: /Facture F-2026-118/ });
    fireEvent.click(within(card).getByRole('button', { name: fr.moderation.disputes.reject }));
    expect((await within(card).findByRole('alert')).textContent).toContain('Expliquez votre décision');
  });
});
