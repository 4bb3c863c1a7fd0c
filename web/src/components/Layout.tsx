import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { fr } from '../i18n/fr';

/** The frame of every page: skip link, header with navigation, main landmark, footer. */
export function Layout({ account, children }: { account: ReactNode; children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#contenu">
        {fr.app.skipToContent}
      </a>
      <header className="header">
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
          <nav className="nav" aria-label={fr.app.mainNav}>
            <NavLink to="/" end className="nav__link nav__link--search">
              {fr.nav.search}
            </NavLink>
            {account}
          </nav>
        </div>
      </header>
      <main id="contenu" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>{fr.app.footer}</p>
      </footer>
    </div>
  );
}
