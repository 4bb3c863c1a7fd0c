import { useState } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';
import { fr } from '../../../i18n/fr';
import { useSession } from '../hooks/use-session';

/** The session part of the header: log-in link, or the user's space and a log-out button. */
export function AccountNav() {
  const { me, logOut } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  if (me === undefined) return null;
  if (me === null) {
    return (
      <NavLink to="/connexion" className="nav__link nav__link--cta">
        {fr.nav.logIn}
      </NavLink>
    );
  }

  async function onLogOut() {
    setLeaving(true);
    // Leave private pages first, so they never bounce to the log-in page on the way out.
    navigate('/', { replace: true });
    try {
      await logOut();
    } catch {
      // The session is forgotten locally either way; nothing more to tell the user.
    } finally {
      setLeaving(false);
    }
  }

  return (
    <>
      <span className="nav__user">
        <span className="nav__user-name">{me.fullName}</span>
      </span>
      <button type="button" className="button button--ghost button--small" onClick={onLogOut} disabled={leaving}>
        {leaving ? fr.nav.loggingOut : fr.nav.logOut}
      </button>
    </>
  );
}
