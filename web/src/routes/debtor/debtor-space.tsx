import { Route } from 'react-router-dom';
import { SpaceLayout } from '../../components/layout/SpaceLayout';
import { fr } from '../../i18n/fr';
import type { Space } from '../space';
import { ClaimPage } from './ClaimPage';
import { DebtorHomePage } from './DebtorHomePage';
import { DebtorInvoicesPage } from './DebtorInvoicesPage';
import { DebtorPublicationsPage } from './DebtorPublicationsPage';

/** The debtor space: a user speaking for a company that others report invoices about. */
export const debtorSpace: Space = {
  id: 'debtor',
  label: fr.debtor.space,
  navLabel: fr.debtor.nav.label,
  root: '/mon-entreprise',
  links: [
    { to: '/mon-entreprise', label: fr.debtor.nav.score, end: true },
    { to: '/mon-entreprise/factures', label: fr.debtor.nav.invoices },
    { to: '/mon-entreprise/publications', label: fr.debtor.nav.publications },
    { to: '/mon-entreprise/revendiquer', label: fr.debtor.nav.claim },
  ],
  // Anyone logged in may claim a company; the pages say what needs a verified membership.
  canEnter: () => true,
};

export const debtorRoutes = (
  <Route path="/mon-entreprise" element={<SpaceLayout space={debtorSpace} />}>
    <Route index element={<DebtorHomePage />} />
    <Route path="factures" element={<DebtorInvoicesPage />} />
    <Route path="publications" element={<DebtorPublicationsPage />} />
    <Route path="revendiquer" element={<ClaimPage />} />
  </Route>
);
