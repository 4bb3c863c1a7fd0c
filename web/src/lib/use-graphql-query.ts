import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, graphqlRequest, isAbort, type TypedDocument } from './graphql-client';

export interface QueryState<TData> {
  data: TData | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query whenever its variables change (compared by value). A newer request aborts the
 * older one, so a slow stale answer can never overwrite a fresh one.
 */
export function useGraphQLQuery<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<TData> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: TData; error?: ApiError; loading: boolean }>({ loading: !skip });
  const [generation, setGeneration] = useState(0);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    graphqlRequest(document, variablesRef.current, { signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (isAbort(error)) return;
        setState({ error: error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', ''), loading: false });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, generation]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}
