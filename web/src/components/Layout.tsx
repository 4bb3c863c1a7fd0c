import type { ReactNode } from 'react';
import { fr } from '../i18n/fr';
import { Header } from './layout/Header';

/** The frame of every page: skip link, header with navigation, main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#contenu">
        {fr.app.skipToContent}
      </a>
      <Header />
      <main id="contenu" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>{fr.app.footer}</p>
      </footer>
    </div>
  );
}
