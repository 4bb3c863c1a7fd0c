import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LogInForm } from '../features/auth/components/LogInForm';
import { useSession } from '../features/auth/hooks/use-session';
import { fr } from '../i18n/fr';
import { useDocumentTitle } from '../lib/use-document-title';
import { homeFor } from './spaces';

interface LogInLocationState {
  from?: string;
  expired?: boolean;
}

/** Only same-site paths: never bounce a user to another origin after log-in. */
function safeTarget(from: string | undefined): string | undefined {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : undefined;
}

export function LogInPage() {
  useDocumentTitle(fr.logIn.title);
  const { me } = useSession();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LogInLocationState;
  const target = safeTarget(state.from);

  if (me) return <Navigate to={target ?? homeFor(me)} replace />;

  return (
    <div className="page page--narrow">
      <div className="card card--form">
        <h1 className="card__heading">{fr.logIn.heading}</h1>
        <p className="muted">{fr.logIn.lead}</p>
        <LogInForm notice={state.expired ? fr.logIn.sessionExpired : undefined} onLoggedIn={(user) => navigate(target ?? homeFor(user), { replace: true })} />
      </div>
    </div>
  );
}
