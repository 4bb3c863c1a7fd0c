import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { Layout } from './components/Layout';
import { AccountNav } from './features/auth/components/AccountNav';
import { RequireAuth } from './features/auth/components/RequireAuth';
import { CompanyPage } from './routes/CompanyPage';
import { HomePage } from './routes/HomePage';
import { InvoicesPage } from './routes/InvoicesPage';
import { LogInPage } from './routes/LogInPage';
import { NotFoundPage } from './routes/NotFoundPage';

/**
 * After a client-side navigation, start at the top of the new page, and if the focused element
 * went away with the old page, put focus on the main region so keyboard and screen-reader users
 * continue from the new content rather than from the top of the document.
 */
function ScrollToTopAndFocus() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
    if (document.activeElement === document.body || document.activeElement === null) {
      document.getElementById('contenu')?.focus({ preventScroll: true });
    }
  }, [pathname]);
  return null;
}

export function App() {
  return (
    <Layout account={<AccountNav />}>
      <ScrollToTopAndFocus />
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/entreprises/:siren" element={<CompanyPage />} />
        <Route path="/connexion" element={<LogInPage />} />
        <Route
          path="/espace/factures"
          element={
            <RequireAuth>
              <InvoicesPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
