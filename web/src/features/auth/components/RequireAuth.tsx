import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../../../components/Loading';
import { useSession } from '../hooks/use-session';

/** Renders its children for a logged-in user; otherwise sends to the log-in page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) {
    return <Navigate to="/connexion" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}
