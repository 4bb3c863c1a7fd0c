import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardData } from '../graphql/queries/dashboard.query';
import { KpiGrid } from './KpiGrid';

const base: DashboardData = {
  from: '2026-04-01',
  to: '2026-04-30',
  asOf: '2026-04-30',
  granularity: 'MONTH',
  currency: 'EUR',
  outstandingAmountCents: 1_150_000,
  overdueAmountCents: 750_000,
  invoicedAmountCents: 1_250_000,
  dsoDays: 27.6,
  invoicesDue: 4,
  dueAmountCents: 1_050_000,
  recoveredAmountCents: 300_000,
  recoveryRate: 300_000 / 1_050_000,
  remindersSent: 2,
  averageRemindersPerInvoice: 0.5,
  disputedInvoices: 1,
  litigationRate: 0.25,
  tokensSpent: 2,
  tokensPerInvoice: 0.5,
  series: [],
};

/** The figure shown under a label (each figure is a <dt> followed by its <dd>). */
function figure(label: string): string {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('KpiGrid', () => {
  it('shows each figure in French formats', () => {
    render(<KpiGrid data={base} />);
    expect(figure('Encours')).toMatch(/^11\s500,00\s€$/);
    expect(figure('Dont échu')).toMatch(/^7\s500,00\s€$/);
    expect(figure('DSO')).toBe('27,6 j');
    expect(figure('Taux de recouvrement')).toMatch(/^29\s%$/);
    expect(figure('Relances par facture')).toBe('0,5');
    expect(figure('Taux de litige')).toMatch(/^25\s%$/);
    expect(figure('Coût par facture')).toBe('0,5 jeton');
    expect(screen.getByText(/1 facture contestée\./)).toBeTruthy();
  });

  it('shows a dash, not 0 %, when no invoice fell due in the period', () => {
    render(
      <KpiGrid
        data={{ ...base, dsoDays: null, invoicesDue: 0, recoveryRate: null, averageRemindersPerInvoice: null, litigationRate: null, tokensPerInvoice: null, disputedInvoices: 0 }}
      />,
    );
    for (const label of ['DSO', 'Taux de recouvrement', 'Relances par facture', 'Taux de litige', 'Coût par facture']) expect(figure(label)).toBe('—');
    expect(screen.getAllByText('Aucune facture arrivée à échéance sur la période.')).toHaveLength(4);
  });
});
