import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, graphqlRequest, isAbort } from '../../../lib/graphql-client';
import type { Me } from '../graphql/fragments/me.fragment';
import { LOG_IN_MUTATION } from '../graphql/mutations/log-in.mutation';
import { LOG_OUT_MUTATION } from '../graphql/mutations/log-out.mutation';
import { ME_QUERY } from '../graphql/queries/me.query';
import { SessionContext, type Session } from '../hooks/session-context';

/** Reads who is logged in once at start-up and keeps it up to date on log-in and log-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    graphqlRequest(ME_QUERY, {}, { signal: controller.signal }).then(
      (data) => setMe(data.me),
      (e: unknown) => {
        if (isAbort(e)) return;
        // Public pages must still work when the session cannot be read: treat as logged out.
        setError(e instanceof ApiError ? e : undefined);
        setMe(null);
      },
    );
    return () => controller.abort();
  }, []);

  const logIn = useCallback(async (email: string, password: string) => {
    const data = await graphqlRequest(LOG_IN_MUTATION, { input: { email, password } });
    setError(undefined);
    setMe(data.logIn);
    return data.logIn;
  }, []);

  const logOut = useCallback(async () => {
    try {
      await graphqlRequest(LOG_OUT_MUTATION, {});
    } finally {
      // Even if the call failed, stop showing private data on this screen.
      setMe(null);
    }
  }, []);

  const expire = useCallback(() => setMe(null), []);

  const value = useMemo<Session>(() => ({ me, error, logIn, logOut, expire }), [me, error, logIn, logOut, expire]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
