import { fireEvent, render, screen } from '@testing-library/react';
import { TestApi } from '../test/providers';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { creditorMe } from '../test/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import type { InvoiceRow } from '../features/invoices/graphql/queries/invoices.query';
import { fr } from '../i18n/fr';
import { graphQLError, mockGraphQL, type RecordedCall } from '../test/fetch-mock';
import { InvoicesPage } from './InvoicesPage';

const me = creditorMe;

function invoice(n: number): InvoiceRow {
  return {
    id: `i${n}`,
    number: `F-${n}`,
    debtor: { siren: '732829320', name: 'BOULANGERIE MARTIN' },
    amountCents: 10_000,
    currency: 'EUR',
    issueDate: '2026-01-01',
    dueDate: '2026-02-01',
    paidAt: null,
    status: 'OPEN',
    daysOverdue: 0,
  };
}

/** 25 invoices, pages of 20, cursors are offsets. */
function invoicesPage(call: RecordedCall) {
  const start = Number(call.variables.after ?? 0);
  const all = Array.from({ length: 25 }, (_, i) => invoice(i + 1));
  const slice = all.slice(start, start + 20);
  return {
    data: {
      invoices: {
        edges: slice.map((node, i) => ({ cursor: String(start + i + 1), node })),
        pageInfo: { hasNextPage: start + 20 < all.length, endCursor: String(start + slice.length) },
        totalCount: all.length,
      },
    },
  };
}

function renderAt(path: string) {
  render(
    <TestApi>
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider>
        <Routes>
          <Route path="/connexion" element={<p>page de connexion</p>} />
          <Route
            path="/espace/factures"
            element={
              <RequireAuth>
                <InvoicesPage />
              </RequireAuth>
            }
          />
        </Routes>
      </SessionProvider>
    </MemoryRouter>
    </TestApi>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('InvoicesPage', () => {
  it('pages forward with the end cursor and back to the first page', async () => {
    const { calls } = mockGraphQL({ Me: () => ({ data: { me } }), Invoices: invoicesPage });
    renderAt('/espace/factures');

    expect(await screen.findByText(fr.pagination.page(1, 2))).toBeTruthy();
    expect(screen.getByText(fr.invoices.count(25))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(fr.pagination.next) }));

    expect(await screen.findByRole('rowheader', { name: 'F-21' })).toBeTruthy();
    expect(screen.getByText(fr.pagination.page(2, 2))).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'Invoices').at(-1)?.variables).toMatchObject({ after: '20', first: 20 });

    fireEvent.click(screen.getByRole('button', { name: new RegExp(fr.pagination.previous) }));
    expect(await screen.findByRole('rowheader', { name: 'F-1' })).toBeTruthy();
  });

  it('filters by status from the URL and restarts at the first page', async () => {
    const { calls } = mockGraphQL({ Me: () => ({ data: { me } }), Invoices: invoicesPage });
    renderAt('/espace/factures?statut=DISPUTED');

    await screen.findByRole('rowheader', { name: 'F-1' });
    expect((screen.getByLabelText(fr.invoices.filterOptions.DISPUTED) as HTMLInputElement).checked).toBe(true);
    expect(calls.find((c) => c.operationName === 'Invoices')?.variables).toMatchObject({ filter: { status: 'DISPUTED' }, after: null });

    fireEvent.click(screen.getByRole('button', { name: new RegExp(fr.pagination.next) }));
    await screen.findByRole('rowheader', { name: 'F-21' });
    fireEvent.click(screen.getByLabelText(fr.invoices.filterOptions.PAID));
    await vi.waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'Invoices').at(-1)?.variables).toMatchObject({ filter: { status: 'PAID' }, after: null }),
    );
  });

  it('sends an expired session back to the log-in page', async () => {
    mockGraphQL({ Me: () => ({ data: { me } }), Invoices: () => graphQLError('UNAUTHENTICATED', 'Connectez-vous pour continuer.') });
    renderAt('/espace/factures');

    expect(await screen.findByText('page de connexion')).toBeTruthy();
  });

  it('shows a retryable error when the API fails', async () => {
    let fail = true;
    mockGraphQL({ Me: () => ({ data: { me } }), Invoices: (call) => (fail ? graphQLError('INTERNAL_SERVER_ERROR', 'boom') : invoicesPage(call)) });
    renderAt('/espace/factures');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(fr.errors.internal);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: fr.errors.retry }));
    expect(await screen.findByRole('rowheader', { name: 'F-1' })).toBeTruthy();
  });
});
