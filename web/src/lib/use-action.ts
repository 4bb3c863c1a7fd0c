import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from './api-error';

export type ActionStatus = 'idle' | 'pending' | 'success' | 'error';

export interface Action<TData, TVariables> {
  status: ActionStatus;
  pending: boolean;
  error: ApiError | undefined;
  data: TData | undefined;
  /** Runs the mutation; resolves with its data, or undefined when it failed (the error is in `error`). */
  run: (variables: TVariables) => Promise<TData | undefined>;
  reset: () => void;
}

export interface ActionOptions<TData> {
  /** Queries to refetch once the mutation succeeded (their operation names). */
  refetchQueries?: string[];
  onSuccess?: (data: TData) => void;
}

/**
 * The one way the app runs a mutation: a status a page can show (pending / success / error with
 * a French message, see <ActionFeedback>), never a thrown promise to forget about.
 */
export function useAction<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  options: ActionOptions<TData> = {},
): Action<TData, TVariables> {
  const [mutate] = useMutation(document);
  const [state, setState] = useState<{ status: ActionStatus; error?: ApiError; data?: TData }>({ status: 'idle' });
  const { refetchQueries, onSuccess } = options;

  const run = useCallback(
    async (variables: TVariables): Promise<TData | undefined> => {
      setState({ status: 'pending' });
      try {
        // Apollo's option types are conditional on the document's variables, which TypeScript
        // cannot resolve for a generic TVariables; the signature below restates what it accepts.
        const call = mutate as unknown as (options: {
          variables: TVariables;
          refetchQueries: string[];
          awaitRefetchQueries: boolean;
        }) => Promise<{ data?: TData | null }>;
        const result = await call({ variables, refetchQueries: refetchQueries ?? [], awaitRefetchQueries: true });
        const data = result.data as TData;
        setState({ status: 'success', data });
        onSuccess?.(data);
        return data;
      } catch (error) {
        setState({ status: 'error', error: toApiError(error) });
        return undefined;
      }
    },
    [mutate, refetchQueries, onSuccess],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { status: state.status, pending: state.status === 'pending', error: state.error, data: state.data, run, reset };
}
