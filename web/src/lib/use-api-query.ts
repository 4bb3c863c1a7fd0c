import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { toApiError, type ApiError } from './api-error';

export interface QueryState<TData> {
  data: TData | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * Apollo's useQuery with the error already turned into an ApiError (a code and a French
 * message), so every page handles failures the same way.
 */
export function useApiQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<TData> {
  // The options type is generic over the document's variables; the cast restates that.
  const result = useQuery(document, { variables, skip, notifyOnNetworkStatusChange: true } as useQuery.Options<TData, TVariables>);
  const { refetch: apolloRefetch } = result;
  const refetch = useCallback(() => {
    apolloRefetch().catch(() => {
      // The failure is reported through `error` by the hook itself.
    });
  }, [apolloRefetch]);
  const error = useMemo(() => (result.error ? toApiError(result.error) : undefined), [result.error]);
  return { data: result.data as TData | undefined, error, loading: result.loading, refetch };
}
