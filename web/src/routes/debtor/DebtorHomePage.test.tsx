import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../features/auth/components/SessionProvider';
import { fr } from '../../i18n/fr';
import { mockGraphQL } from '../../test/fetch-mock';
import { TestApi } from '../../test/providers';
import { DebtorHomePage } from './DebtorHomePage';

const me = {
  id: 'u2',
  email: 'claire@boulangerie-martin.fr',
  fullName: 'Claire Martin',
  platformRoles: [],
  activeCompany: null,
  memberships: [{ siren: '552100554', name: 'BOULANGERIE MARTIN', role: 'OWNER', verified: true }],
};

const score = {
  siren: '552100554',
  asOf: '2026-11-24',
  value: 64.1,
  grade: 'C',
  confidence: 0.58,
  enoughData: true,
  trend: { delta: -3.2, direction: 'DOWN' },
  contributions: [
    { kind: 'INVOICE_OPEN_OVERDUE', label: 'Facture impayée, 45 jours après l’échéance', effect: -9.3, date: '2026-10-10', creditor: 'MEUNERIE DURAND', invoiceNumber: 'F-2026-118' },
    { kind: 'INVOICE_PAID', label: 'Facture payée à l’échéance', effect: 3.4, date: '2026-09-01', creditor: 'EMBALLAGES SUD', invoiceNumber: 'ES-77' },
  ],
  improvementPlan: [{ invoiceNumber: 'F-2026-118', creditor: 'MEUNERIE DURAND', amountCents: 250_000, daysLate: 45, gain: 6.2, scoreIfPaidToday: 70.3 }],
};

function renderPage(claims: unknown[] = []) {
  mockGraphQL({ Me: () => ({ data: { me } }), MyCompanyScore: () => ({ data: { myCompanyScore: score } }), MyCompanyClaims: () => ({ data: { myCompanyClaims: claims } }) });
  render(
    <TestApi>
      <MemoryRouter>
        <SessionProvider>
          <DebtorHomePage />
        </SessionProvider>
      </MemoryRouter>
    </TestApi>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('DebtorHomePage', () => {
  it('explains every point of a verified member’s score and lists what to pay first', async () => {
    renderPage();

    const contributions = await screen.findByRole('region', { name: fr.debtor.score.contributionsHeading });
    const rows = within(contributions).getAllByRole('row');
    expect(rows[1]?.textContent).toContain(fr.debtor.score.base);
    expect(rows[2]?.textContent).toContain('Facture impayée, 45 jours après l’échéance');
    expect(rows[2]?.textContent).toContain('−93');
    expect(rows[3]?.textContent).toContain('+34');
    expect(rows.at(-1)?.textContent).toContain('641');
    const plan = screen.getByRole('region', { name: fr.debtor.score.planHeading });
    expect(plan.textContent).toContain('F-2026-118');
    expect(plan.textContent).toContain('+62');
    expect(plan.textContent).toContain('703');
    expect(screen.getByRole('img', { name: fr.profile.gauge.title('641', 'C') })).toBeTruthy();
    expect(screen.getByText(/En baisse de 32 points sur 30 jours\./)).toBeTruthy();
  });
});
