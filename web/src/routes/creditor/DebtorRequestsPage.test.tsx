import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../test/fetch-mock';
import { TestApi } from '../../test/providers';
import { formatDateTime } from '../../lib/format';
import { DebtorRequestsPage } from './DebtorRequestsPage';

const payment = { id: 'dp1', invoiceId: 'i1', paidOn: '2026-11-20', note: 'Virement fait ce matin.', declaredAt: '2026-11-21T09:00:00.000Z', status: 'PENDING' };
const plan = {
  id: 'pp1',
  invoiceId: 'i2',
  proposedAt: '2026-11-22T10:00:00.000Z',
  status: 'PROPOSED',
  instalments: [
    { amountCents: 60_000, dueDate: '2026-12-05' },
    { amountCents: 65_000, dueDate: '2027-01-05' },
  ],
};

const missed = { planId: 'pp9', invoiceId: 'i3', invoiceNumber: 'F-2026-031', number: 1, count: 2, dueDate: '2026-11-10', amountCents: 61_728, missedAt: '2026-11-14T06:00:00.000Z' };

function renderPage(handlers: Record<string, () => unknown>) {
  const mock = mockGraphQL({ DebtorRequests: () => ({ data: { debtorRequests: { declaredPayments: [payment], paymentPlans: [plan], missedInstalments: [missed] } } }), ...handlers });
  render(
    <TestApi>
      <MemoryRouter>
        <DebtorRequestsPage />
      </MemoryRouter>
    </TestApi>,
  );
  return mock;
}

afterEach(() => vi.unstubAllGlobals());

describe('DebtorRequestsPage', () => {
  it('confirms a declared payment and shows the outcome instead of the buttons', async () => {
    const { calls } = renderPage({ ConfirmDeclaredPayment: () => ({ data: { confirmDeclaredPayment: { id: 'dp1', status: 'CONFIRMED' } } }) });
    const card = await screen.findByRole('article', { name: fr.debtorRequests.payments.item(formatDateTime(payment.declaredAt)) });
    expect(card.textContent).toContain('Virement fait ce matin.');
    fireEvent.click(within(card).getByRole('button', { name: fr.debtorRequests.payments.confirm }));
    expect(await within(card).findByText(fr.debtorRequests.payments.confirmed)).toBeTruthy();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(calls.find((c) => c.operationName === 'ConfirmDeclaredPayment')?.variables).toEqual({ input: { declarationId: 'dp1' } });
  });

  it('declines a payment plan with a reason', async () => {
    const { calls } = renderPage({ DeclinePaymentPlan: () => ({ data: { declinePaymentPlan: { id: 'pp1', status: 'DECLINED' } } }) });
    const card = await screen.findByRole('article', { name: fr.debtorRequests.plans.item(formatDateTime(plan.proposedAt)) });
    expect(within(card).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.change(within(card).getByLabelText(fr.debtorRequests.reason), { target: { value: '  Deux échéances, pas plus.  ' } });
    fireEvent.click(within(card).getByRole('button', { name: fr.debtorRequests.plans.decline }));
    expect(await within(card).findByText(fr.debtorRequests.plans.declined)).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'DeclinePaymentPlan')?.variables).toEqual({ input: { planId: 'pp1', reason: 'Deux échéances, pas plus.' } });
  });

  it('shows the API’s French message when an answer is refused, and keeps the buttons', async () => {
    renderPage({ AcceptPaymentPlan: () => graphQLError('FORBIDDEN', 'Votre rôle ne permet pas de solder des factures.') });
    const card = await screen.findByRole('article', { name: fr.debtorRequests.plans.item(formatDateTime(plan.proposedAt)) });
    fireEvent.click(within(card).getByRole('button', { name: fr.debtorRequests.plans.accept }));
    expect((await within(card).findByRole('alert')).textContent).toContain('Votre rôle ne permet pas');
    expect(within(card).getByRole('button', { name: fr.debtorRequests.plans.accept })).toBeTruthy();
  });

  it('records a missed instalment received at the date given, and says the plan goes on', async () => {
    const { calls } = renderPage({ ConfirmInstalmentPaid: () => ({ data: { confirmInstalmentPaid: { planId: 'pp9', number: 1, paidOn: '2026-11-12', planStatus: 'ACCEPTED' } } }) });
    const card = await screen.findByRole('article', { name: fr.debtorRequests.missed.item(1, 2, 'F-2026-031') });
    expect(card.textContent).toContain('617,28');
    fireEvent.change(within(card).getByLabelText(fr.debtorRequests.missed.paidOn), { target: { value: '2026-11-12' } });
    fireEvent.click(within(card).getByRole('button', { name: fr.debtorRequests.missed.confirm }));
    expect(await within(card).findByText(fr.debtorRequests.missed.confirmed(false))).toBeTruthy();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(calls.find((c) => c.operationName === 'ConfirmInstalmentPaid')?.variables).toEqual({ input: { planId: 'pp9', number: 1, paidOn: '2026-11-12' } });
  });

  it('ends the plan of a missed instalment with a reason', async () => {
    const { calls } = renderPage({ EndPaymentPlan: () => ({ data: { endPaymentPlan: { id: 'pp9', status: 'ENDED' } } }) });
    const card = await screen.findByRole('article', { name: fr.debtorRequests.missed.item(1, 2, 'F-2026-031') });
    fireEvent.change(within(card).getByLabelText(fr.debtorRequests.reason), { target: { value: ' Rien reçu. ' } });
    fireEvent.click(within(card).getByRole('button', { name: fr.debtorRequests.missed.end }));
    expect(await within(card).findByText(fr.debtorRequests.missed.ended)).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'EndPaymentPlan')?.variables).toEqual({ input: { planId: 'pp9', reason: 'Rien reçu.' } });
  });
});
