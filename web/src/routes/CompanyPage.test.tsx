import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { fr } from '../i18n/fr';
import { mockGraphQL } from '../test/fetch-mock';
import { TestApi } from '../test/providers';
import { CompanyPage } from './CompanyPage';

function history(days: number) {
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return { day, value: 70 + i / 30, grade: 'B' };
  });
}

const company = {
  siren: '552100554',
  name: 'BOULANGERIE MARTIN',
  legalForm: '5499',
  activityCode: '10.71C',
  city: 'LYON',
  active: true,
  createdOn: '2001-04-01',
  score: { value: 82.4, grade: 'A', confidence: 0.73, enoughData: true, trend: { delta: 2.3, direction: 'UP' } },
  scoreHistory: history(300),
  stats: { invoicesReported: 12, onTimeRate: 0.917, averageDaysLate: 1.25 },
  recommendations: {
    totalCount: 1,
    edges: [{ node: { id: 'r1', message: 'Toujours payé dans les délais.', createdAt: '2026-10-02T09:00:00.000Z', creditor: { siren: '732829320', name: 'MEUNERIE DURAND' } } }],
  },
};

const publication = {
  id: 'p1',
  amountCents: 480_000,
  currency: 'EUR',
  dueDate: '2026-06-30',
  daysUnpaid: 119,
  publishedAt: '2026-09-15T10:00:00.000Z',
  settledAt: null,
  status: 'APPROVED',
  creditor: { siren: '732829320', name: 'MEUNERIE DURAND' },
  reply: { text: 'Facture contestée : livraison incomplète.', updatedAt: '2026-09-16T10:00:00.000Z' },
};

afterEach(() => vi.unstubAllGlobals());

describe('CompanyPage', () => {
  it('shows the score out of 1000 with its meaning, history, payment behaviour, recommendations and the claim link', async () => {
    mockGraphQL({
      Me: () => ({ data: { me: null } }),
      Company: () => ({ data: { company } }),
      CompanyPublications: () => ({ data: { company: { siren: company.siren, publications: [publication] } } }),
    });
    render(
      <TestApi>
        <MemoryRouter initialEntries={['/entreprises/552100554']}>
          <SessionProvider>
            <Routes>
              <Route path="/entreprises/:siren" element={<CompanyPage />} />
            </Routes>
          </SessionProvider>
        </MemoryRouter>
      </TestApi>,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'BOULANGERIE MARTIN' })).toBeTruthy();
    expect(screen.getByRole('img', { name: fr.profile.gauge.title('824', 'A') })).toBeTruthy();
    expect(screen.getByText(`${fr.profile.meaning.A} En hausse de 23 points sur 30 jours.`)).toBeTruthy();
    expect(screen.getByRole('img', { name: /Évolution du score du 1 janvier 2026 au 27 octobre 2026 : de 700 à 800 sur 1000/ })).toBeTruthy();
    const behaviour = screen.getByRole('region', { name: fr.profile.behaviour.heading });
    expect(behaviour.textContent).toContain('12');
    expect(behaviour.textContent).toContain('92\u00a0%');
    expect(behaviour.textContent).toContain('1,3 jours');
    expect(screen.getByText('Toujours payé dans les délais.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: fr.profile.recommendations.heading })).getByRole('link', { name: 'MEUNERIE DURAND' }).getAttribute('href')).toBe('/entreprises/732829320');
    const published = screen.getByRole('region', { name: fr.publications.public.heading });
    expect(await within(published).findByText('Facture contestée : livraison incomplète.')).toBeTruthy();
    expect(published.textContent).toContain('4\u202f800,00\u00a0€');
    expect(published.textContent).toContain(fr.publications.public.unpaidFor(119));
    expect(screen.getByRole('link', { name: fr.profile.claim.action }).getAttribute('href')).toBe('/mon-entreprise/revendiquer?siren=552100554');
  });
});
