import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { toApiError } from '../../../lib/api-error';
import type { Me } from '../graphql/fragments/me.fragment';
import { LOG_IN_MUTATION } from '../graphql/mutations/log-in.mutation';
import { LOG_OUT_MUTATION } from '../graphql/mutations/log-out.mutation';
import { ME_QUERY } from '../graphql/queries/me.query';
import { SessionContext, type Session } from '../hooks/session-context';

/**
 * Who is logged in, read once at start-up from `me` and kept in Apollo's cache. Logging in or out
 * resets the cache, so no private data of one user is ever shown to the next.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const result = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });
  // Public pages must still work when the session cannot be read: treat that as logged out.
  const me: Me | null | undefined = result.error ? null : result.loading && !result.data ? undefined : (result.data?.me ?? null);
  const error = result.error ? toApiError(result.error) : undefined;

  const setMe = useCallback(
    async (next: Me | null) => {
      // resetStore drops every cached result and refetches the queries on screen with the new
      // session (a bare clearStore would leave the watchers of `me` detached from the cache).
      await client.resetStore().catch(() => undefined);
      client.writeQuery({ query: ME_QUERY, data: { me: next } });
    },
    [client],
  );

  const logIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({ mutation: LOG_IN_MUTATION, variables: { input: { email, password } } });
      if (!data) throw toApiError(new Error('logIn returned no data'));
      await setMe(data.logIn);
      return data.logIn;
    },
    [client, setMe],
  );

  const logOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LOG_OUT_MUTATION });
    } finally {
      // Even if the call failed, stop showing private data on this screen.
      await setMe(null);
    }
  }, [client, setMe]);

  const expire = useCallback(() => {
    void setMe(null);
  }, [setMe]);

  const value = useMemo<Session>(() => ({ me, error, logIn, logOut, expire }), [me, error, logIn, logOut, expire]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
