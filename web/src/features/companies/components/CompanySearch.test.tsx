import { fireEvent, render, screen, within } from '@testing-library/react';
import { TestApi } from '../../../test/providers';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '../../../i18n/fr';
import { graphQLError, mockGraphQL } from '../../../test/fetch-mock';
import type { CompanySummary } from '../graphql/fragments/company-summary.fragment';
import { CompanySearch } from './CompanySearch';

const martin: CompanySummary = {
  siren: '552100554',
  name: 'BOULANGERIE MARTIN',
  legalForm: 'SARL',
  city: 'PARIS',
  active: true,
  score: { value: 72.5, grade: 'B', confidence: 0.6, enoughData: true },
};
const newcomer: CompanySummary = {
  siren: '732829320',
  name: 'BOULANGERIE NOUVELLE',
  legalForm: null,
  city: null,
  active: false,
  score: null,
};

function page(nodes: CompanySummary[], totalCount = nodes.length) {
  return {
    data: {
      searchCompanies: {
        edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount,
      },
    },
  };
}

function renderSearch() {
  return render(
    <TestApi>
    <MemoryRouter>
      <CompanySearch />
    </MemoryRouter>
    </TestApi>,
  );
}

function type(text: string) {
  fireEvent.change(screen.getByLabelText(fr.search.label), { target: { value: text } });
}

afterEach(() => vi.unstubAllGlobals());

describe('CompanySearch', () => {
  it('shows matching companies as links to their page, with their score', async () => {
    const { calls } = mockGraphQL({ SearchCompanies: () => page([martin, newcomer]) });
    renderSearch();

    type('boulang');

    const link = await screen.findByRole('link', { name: /BOULANGERIE MARTIN/ });
    expect(link.getAttribute('href')).toBe('/entreprises/552100554');
    expect(within(link).getByText('SIREN 552 100 554')).toBeTruthy();
    expect(within(link).getByText(fr.company.scoreLabel('725', 'B'))).toBeTruthy();
    const other = screen.getByRole('link', { name: /BOULANGERIE NOUVELLE/ });
    expect(within(other).getByText(fr.company.noScoreLabel)).toBeTruthy();
    expect(within(other).getByText(fr.company.closed)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /2 entreprises trouvées/ })).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.variables).toMatchObject({ query: 'boulang' });
  });

  it('waits for a pause in typing and sends only the last query', async () => {
    const { calls } = mockGraphQL({ SearchCompanies: () => page([martin]) });
    renderSearch();

    type('bo');
    type('bou');
    type('boul');

    await screen.findByRole('link', { name: /BOULANGERIE MARTIN/ });
    expect(calls.map((c) => c.variables.query)).toEqual(['boul']);
  });

  it('does not search below two characters', async () => {
    const { calls } = mockGraphQL({ SearchCompanies: () => page([martin]) });
    renderSearch();

    type('b');

    expect(await screen.findByText(fr.search.tooShort(2))).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).toHaveLength(0);
  });

  it('says so when nothing matches', async () => {
    mockGraphQL({ SearchCompanies: () => page([]) });
    renderSearch();

    type('zzzz');

    expect(await screen.findByText(fr.search.noResults('zzzz'))).toBeTruthy();
  });

  it('shows the API message of an error and searches again on retry', async () => {
    let fail = true;
    mockGraphQL({
      SearchCompanies: () => (fail ? graphQLError('RATE_LIMITED', 'Trop de recherches, réessayez dans une minute.') : page([martin])),
    });
    renderSearch();

    type('boulangerie');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Trop de recherches, réessayez dans une minute.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: fr.errors.retry }));
    expect(await screen.findByRole('link', { name: /BOULANGERIE MARTIN/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('appends the next page after the end cursor on "load more"', async () => {
    const { calls } = mockGraphQL({
      SearchCompanies: ({ variables }) => ({
        data: {
          searchCompanies: variables.after
            ? { edges: [{ cursor: 'c2', node: newcomer }], pageInfo: { hasNextPage: false, endCursor: 'c2' }, totalCount: 2 }
            : { edges: [{ cursor: 'c1', node: martin }], pageInfo: { hasNextPage: true, endCursor: 'c1' }, totalCount: 2 },
        },
      }),
    });
    renderSearch();

    type('boulangerie');
    fireEvent.click(await screen.findByRole('button', { name: fr.search.loadMore }));

    expect(await screen.findByRole('link', { name: /BOULANGERIE NOUVELLE/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /BOULANGERIE MARTIN/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: fr.search.loadMore })).toBeNull();
    expect(calls.at(-1)?.variables).toMatchObject({ query: 'boulangerie', after: 'c1' });
  });
});
