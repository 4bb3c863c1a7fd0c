import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, graphqlRequest, isAbort } from '../../../lib/graphql-client';
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

interface Results {
  query: string;
  companies: CompanySummary[];
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', '');
}

/** Instant search: waits for a pause in typing, aborts stale requests, pages with "load more". */
export function useCompanySearch(rawQuery: string): CompanySearchState {
  const query = useDebouncedValue(rawQuery.trim(), SEARCH_DEBOUNCE_MS);
  const active = query.length >= SEARCH_MIN_LENGTH;
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const moreController = useRef<AbortController | null>(null);

  useEffect(() => {
    moreController.current?.abort();
    setLoadingMore(false);
    if (!active) {
      setResults(null);
      setError(undefined);
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    graphqlRequest(SEARCH_COMPANIES_QUERY, { query, first: SEARCH_PAGE_SIZE }, { signal: controller.signal }).then(
      ({ searchCompanies: page }) => {
        setResults({
          query,
          companies: page.edges.map((edge) => edge.node),
          totalCount: page.totalCount,
          endCursor: page.pageInfo.endCursor,
          hasNextPage: page.pageInfo.hasNextPage,
        });
        setLoading(false);
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        setError(asApiError(e));
        setResults(null);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query, active, attempt]);

  const loadMore = useCallback(() => {
    if (!results?.hasNextPage || loadingMore) return;
    const controller = new AbortController();
    moreController.current = controller;
    setLoadingMore(true);
    graphqlRequest(
      SEARCH_COMPANIES_QUERY,
      { query: results.query, first: SEARCH_PAGE_SIZE, after: results.endCursor },
      { signal: controller.signal },
    ).then(
      ({ searchCompanies: page }) => {
        setResults((current) =>
          current && current.query === results.query
            ? {
                ...current,
                companies: [...current.companies, ...page.edges.map((edge) => edge.node)],
                totalCount: page.totalCount ?? current.totalCount,
                endCursor: page.pageInfo.endCursor,
                hasNextPage: page.pageInfo.hasNextPage,
              }
            : current,
        );
        setLoadingMore(false);
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        setError(asApiError(e));
        setLoadingMore(false);
      },
    );
  }, [results, loadingMore]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const status: CompanySearchState['status'] = !active
    ? 'idle'
    : error && !results
      ? 'error'
      : loading || results?.query !== query
        ? 'loading'
        : 'success';

  return {
    query,
    status,
    companies: results?.companies ?? [],
    totalCount: results?.totalCount ?? null,
    hasNextPage: results?.hasNextPage ?? false,
    loadingMore,
    error,
    loadMore,
    retry,
  };
}
