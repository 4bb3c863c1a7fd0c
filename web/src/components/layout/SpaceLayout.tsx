import { NavLink, Outlet } from 'react-router-dom';
import { RequireAuth } from '../../features/auth/components/RequireAuth';
import { useSession } from '../../features/auth/hooks/use-session';
import { fr } from '../../i18n/fr';
import type { Space } from '../../routes/space';

/** A private space: logged-in users who may enter it see its own navigation above its pages. */
export function SpaceLayout({ space }: { space: Space }) {
  return (
    <RequireAuth>
      <SpaceFrame space={space} />
    </RequireAuth>
  );
}

function SpaceFrame({ space }: { space: Space }) {
  const { me } = useSession();
  if (!me || !space.canEnter(me)) {
    return (
      <div className="page page--narrow">
        <div className="empty">
          <h1 className="empty__title">{fr.layout.forbiddenSpaceTitle}</h1>
          <p className="empty__text">{fr.layout.forbiddenSpaceText}</p>
        </div>
      </div>
    );
  }
  return (
    <div className={`space space--${space.id}`}>
      <nav className="space-nav" aria-label={space.navLabel}>
        <p className="space-nav__title">{space.label}</p>
        <ul className="space-nav__links">
          {space.links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end ?? false} className="space-nav__link">
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space__content">
        <Outlet />
      </div>
    </div>
  );
}
