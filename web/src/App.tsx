import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { Layout } from './components/Layout';
import { creditorRoutes } from './routes/creditor/creditor-space';
import { debtorRoutes } from './routes/debtor/debtor-space';
import { moderationRoutes } from './routes/moderation/moderation-space';
import { publicRoutes } from './routes/public-routes';
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

/** Each space declares its routes in its own file (routes/<space>/), so they grow apart. */
export function App() {
  return (
    <Layout>
      <ScrollToTopAndFocus />
      <Routes>
        {publicRoutes}
        {creditorRoutes}
        {debtorRoutes}
        {moderationRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
