import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphQLError, mockGraphQL } from '../../../test/fetch-mock';
import { TestApi } from '../../../test/providers';
import { ApplyScenarioPanel } from './ApplyScenarioPanel';

const step = { offsetDays: -7, channel: 'EMAIL', tone: 'GOOD', subject: 'S', body: 'B', deadlineDays: null, requiresApproval: false };
const scenarios = { data: { scenarios: [{ id: 'builtin-classic', name: 'Le classique Bonpayeur', description: '', builtIn: true, variables: ['amount'], steps: [step] }] } };

function preview(balance: number) {
  return {
    data: {
      previewScenario: {
        invoiceId: 'inv-1',
        scenarioId: 'builtin-classic',
        tokenCost: 1,
        messages: [
          { stepIndex: 0, channel: 'EMAIL', tone: 'GOOD', toAddress: 'compta@client.fr', subject: 'Facture F-1 : payez à temps', body: 'Bonjour', scheduledAt: '2026-03-01T08:00:00.000Z', status: 'SCHEDULED', skipReason: null },
          { stepIndex: 1, channel: 'SMS', tone: 'BAD', toAddress: '+33612345678', subject: '', body: 'Rappel', scheduledAt: '2026-03-10T08:00:00.000Z', status: 'SKIPPED', skipReason: 'PAST_AT_APPLY' },
        ],
      },
      wallet: { balance },
    },
  };
}

function renderPanel() {
  render(
    <TestApi>
      <MemoryRouter>
        <ApplyScenarioPanel invoiceId="inv-1" activeRun={false} />
      </MemoryRouter>
    </TestApi>,
  );
}

describe('ApplyScenarioPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows every message and the cost before anything is spent, then applies on confirmation', async () => {
    const { calls } = mockGraphQL({
      Scenarios: () => scenarios,
      PreviewScenario: () => preview(5),
      ApplyScenario: () => ({ data: { applyScenario: { id: 'run-1', status: 'ACTIVE' } } }),
    });
    renderPanel();
    await screen.findByRole('option', { name: 'Le classique Bonpayeur' });
    fireEvent.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect(await screen.findByText('Coût : 1 jeton (solde actuel : 5).')).toBeTruthy();
    expect(screen.getByText('2 messages prévus')).toBeTruthy();
    expect(screen.getByText('Facture F-1 : payez à temps')).toBeTruthy();
    expect(screen.getByText('Ne partira pas : sa date est déjà passée.')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'ApplyScenario')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Lancer les relances' }));
    expect(await screen.findByText('Relances programmées.')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'ApplyScenario')?.variables).toEqual({ input: { invoiceId: 'inv-1', scenarioId: 'builtin-classic' } });
  });

  it('sends to the wallet when the balance does not cover the cost', async () => {
    mockGraphQL({ Scenarios: () => scenarios, PreviewScenario: () => preview(0) });
    renderPanel();
    await screen.findByRole('option', { name: 'Le classique Bonpayeur' });
    fireEvent.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect((await screen.findByRole('link', { name: 'Acheter des jetons' })).getAttribute('href')).toBe('/espace/jetons');
    expect(screen.queryByRole('button', { name: 'Lancer les relances' })).toBeNull();
  });

  it('shows the API message when applying fails', async () => {
    mockGraphQL({
      Scenarios: () => scenarios,
      PreviewScenario: () => preview(3),
      ApplyScenario: () => graphQLError('CONFLICT', 'Cette facture est déjà sous scénario.'),
    });
    renderPanel();
    await screen.findByRole('option', { name: 'Le classique Bonpayeur' });
    fireEvent.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lancer les relances' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Cette facture est déjà sous scénario.');
  });
});
