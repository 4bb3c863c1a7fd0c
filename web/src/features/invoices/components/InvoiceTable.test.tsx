import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { InvoiceRow } from '../graphql/queries/invoices.query';
import { InvoiceTable } from './InvoiceTable';

const base: InvoiceRow = {
  id: '1',
  number: 'F-2026-0001',
  debtor: { siren: '552100554', name: 'BOULANGERIE MARTIN' },
  amountCents: 123456,
  currency: 'EUR',
  issueDate: '2026-02-01',
  dueDate: '2026-03-01',
  paidAt: null,
  status: 'OPEN',
  daysOverdue: 0,
};

function rowOf(number: string) {
  return screen.getByRole('rowheader', { name: number }).closest('tr') as HTMLElement;
}

describe('InvoiceTable', () => {
  it('shows amounts in euros and dates the French way, linking the debtor to its page', () => {
    render(
      <MemoryRouter>
        <InvoiceTable invoices={[base]} />
      </MemoryRouter>,
    );

    const row = within(rowOf('F-2026-0001'));
    // The text matcher folds the French no-break spaces into plain ones (exact characters: format.test.ts).
    expect(row.getByText('1 234,56 €')).toBeTruthy();
    expect(row.getByText('01/02/2026').getAttribute('dateTime')).toBe('2026-02-01');
    expect(row.getByText('01/03/2026').getAttribute('title')).toBe('1 mars 2026');
    expect(row.getByRole('link', { name: 'BOULANGERIE MARTIN' }).getAttribute('href')).toBe('/entreprises/552100554');
    expect(row.getByText('En attente')).toBeTruthy();
  });

  it('says how late an open invoice is, and when a paid one was paid', () => {
    render(
      <MemoryRouter>
        <InvoiceTable
          invoices={[
            { ...base, id: '2', number: 'F-2', daysOverdue: 1 },
            { ...base, id: '3', number: 'F-3', daysOverdue: 12 },
            { ...base, id: '4', number: 'F-4', status: 'PAID', paidAt: '2026-03-10' },
            { ...base, id: '5', number: 'F-5', status: 'DISPUTED', daysOverdue: 30 },
          ]}
        />
      </MemoryRouter>,
    );

    expect(within(rowOf('F-2')).getByText('En retard d’1 jour')).toBeTruthy();
    expect(within(rowOf('F-3')).getByText('En retard de 12 jours')).toBeTruthy();
    expect(within(rowOf('F-4')).getByText('Payée')).toBeTruthy();
    expect(within(rowOf('F-4')).getByText('Payée le 10/03/2026')).toBeTruthy();
    // A disputed invoice is not "late": the dispute is what the creditor needs to see.
    expect(within(rowOf('F-5')).getByText('Contestée')).toBeTruthy();
  });
});
