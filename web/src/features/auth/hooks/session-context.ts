import { createContext } from 'react';
import type { ApiError } from '../../../lib/api-error';
import type { Me } from '../graphql/fragments/me.fragment';

export interface Session {
  /** undefined while the first `me` query runs; null when logged out. */
  me: Me | null | undefined;
  /** Set when the session could not be read at all (API down): pages then show the error. */
  error: ApiError | undefined;
  logIn: (email: string, password: string) => Promise<Me>;
  logOut: () => Promise<void>;
  /** Forget the user locally, e.g. after an UNAUTHENTICATED answer (expired session). */
  expire: () => void;
}

export const SessionContext = createContext<Session | null>(null);
