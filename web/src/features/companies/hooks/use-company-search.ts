import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { CompanySummary } from '../graphql/fragments/company-summary.fragment';
import { SEARCH_COMPANIES_QUERY } from '../graphql/queries/search-companies.query';

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_DEBOUNCE_MS = 250;
export const SEARCH_PAGE_SIZE = 10;

export interface CompanySearchState {
  /** The query the results belong to (trimmed, debounced). */
  query: string;
  status: 'idle' | 'loading' | 'success' | 'error';
  companies: CompanySummary[];
  totalCount: number | null;
  hasNextPage: boolean;
  loadingMore: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  retry: () => void;
}

/**
 * Instant search: waits for a pause in typing, then asks the API (Apollo answers a query typed
 * before from its cache at once); pages with "load more". Apollo only delivers the result of the
 * current variables, so a slow stale answer never replaces a fresh one.
 */
export function useCompanySearch(rawQuery: string): CompanySearchState {
  const query = useDebouncedValue(rawQuery.trim(), SEARCH_DEBOUNCE_MS);
  const active = query.length >= SEARCH_MIN_LENGTH;
  const [moreError, setMoreError] = useState<ApiError | undefined>(undefined);
  const result = useQuery(SEARCH_COMPANIES_QUERY, {
    variables: { query, first: SEARCH_PAGE_SIZE },
    skip: !active,
    fetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const page = active ? result.data?.searchCompanies : undefined;
  const loadingMore = result.networkStatus === NetworkStatus.fetchMore;
  const { fetchMore, refetch } = result;
  const endCursor = page?.pageInfo.endCursor ?? null;
  const hasNextPage = page?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || !endCursor || loadingMore) return;
    setMoreError(undefined);
    fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        searchCompanies: {
          ...fetchMoreResult.searchCompanies,
          edges: [...(previous.searchCompanies?.edges ?? []), ...fetchMoreResult.searchCompanies.edges],
        },
      }),
    }).catch((e: unknown) => setMoreError(toApiError(e)));
  }, [hasNextPage, endCursor, loadingMore, fetchMore]);

  const retry = useCallback(() => {
    refetch().catch(() => {
      // Reported through result.error.
    });
  }, [refetch]);

  const error = useMemo(() => (result.error ? toApiError(result.error) : moreError), [result.error, moreError]);
  const status: CompanySearchState['status'] = !active
    ? 'idle'
    : result.error && !page
      ? 'error'
      : !page || (result.loading && !loadingMore)
        ? 'loading'
        : 'success';

  return {
    query,
    status,
    companies: page?.edges.map((edge) => edge.node) ?? [],
    totalCount: page?.totalCount ?? null,
    hasNextPage,
    loadingMore,
    error: active ? error : undefined,
    loadMore,
    retry,
  };
}
