import { useCallback, useState } from 'react';
import { useApiQuery } from '../../../lib/use-api-query';
import { INVOICES_QUERY, type InvoiceStatus } from '../graphql/queries/invoices.query';

export const INVOICES_PAGE_SIZE = 20;

/**
 * One page of the creditor's invoices. Cursor paging only goes forward, so the cursors of the
 * pages already seen are kept to go back; changing the filter starts again at page 1.
 */
export function useInvoices(status: InvoiceStatus | null, overdueOnly = false) {
  const key = `${status ?? ''}|${overdueOnly}`;
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({
    key,
    cursors: [null],
  });
  // A new filter resets the paging during render, so no request is ever made for a stale page.
  const cursors = paging.key === key ? paging.cursors : [null];
  if (paging.key !== key) setPaging({ key, cursors });
  const after = cursors[cursors.length - 1] ?? null;

  const query = useApiQuery(INVOICES_QUERY, {
    filter: status || overdueOnly ? { ...(status ? { status } : {}), ...(overdueOnly ? { overdue: true } : {}) } : null,
    first: INVOICES_PAGE_SIZE,
    after,
  });
  const connection = query.data?.invoices;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const next = useCallback(() => {
    if (!hasNextPage || !endCursor) return;
    setPaging((p) => ({ key: p.key, cursors: [...p.cursors, endCursor] }));
  }, [hasNextPage, endCursor]);
  const previous = useCallback(() => {
    setPaging((p) => ({ key: p.key, cursors: p.cursors.length > 1 ? p.cursors.slice(0, -1) : p.cursors }));
  }, []);

  const totalCount = connection?.totalCount ?? 0;
  return {
    invoices: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount,
    page: cursors.length,
    pageCount: Math.max(1, Math.ceil(totalCount / INVOICES_PAGE_SIZE)),
    hasNextPage,
    hasPreviousPage: cursors.length > 1,
    next,
    previous,
    loading: query.loading,
    loaded: connection !== undefined,
    error: query.error,
    refetch: query.refetch,
  };
}
