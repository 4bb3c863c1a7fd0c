import { useEffect, useId, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { AccountNav } from '../../features/auth/components/AccountNav';
import { useSession } from '../../features/auth/hooks/use-session';
import { fr } from '../../i18n/fr';
import { spacesFor } from '../../routes/spaces';

/**
 * Brand, public pages, the spaces this user may enter, and the session. On a phone the links fold
 * behind a "Menu" button (a disclosure: aria-expanded, closes on navigation and on Escape).
 */
export function Header() {
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const spaces = me ? spacesFor(me) : [];

  return (
    <header className="header" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <div className="header__inner">
        <Link to="/" className="brand" aria-label={fr.app.homeLink}>
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="28" height="28">
              <rect width="32" height="32" rx="8" fill="currentColor" />
              <path d="M10 16.5l4 4 8-9" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </span>
          <span className="brand__name">{fr.app.name}</span>
        </Link>
        <button
          type="button"
          className="header__menu-button button button--ghost button--small"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
        >
          {/* One label; aria-expanded says whether it is open (a changing label would be read twice). */}
          <span aria-hidden="true">{open ? '✕' : '☰'}</span> {fr.layout.menu}
        </button>
        <div id={menuId} className={`header__menu${open ? ' header__menu--open' : ''}`}>
          <nav className="nav" aria-label={fr.layout.publicNav}>
            <NavLink to="/" end className="nav__link">
              {fr.nav.search}
            </NavLink>
            <NavLink to="/comprendre-le-score" className="nav__link">
              {fr.layout.howScoreWorks}
            </NavLink>
            <NavLink to="/regles-de-publication" className="nav__link">
              {fr.layout.publicationRules}
            </NavLink>
          </nav>
          {spaces.length > 0 ? (
            <nav className="nav nav--spaces" aria-label={fr.layout.spacesNav}>
              {spaces.map((space) => (
                <NavLink key={space.id} to={space.root} className="nav__link nav__link--space">
                  {space.label}
                </NavLink>
              ))}
            </nav>
          ) : null}
          <div className="nav nav--account">
            <AccountNav />
          </div>
        </div>
      </div>
    </header>
  );
}
