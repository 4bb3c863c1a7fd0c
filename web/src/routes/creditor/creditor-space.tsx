import { Navigate, Route } from 'react-router-dom';
import { SpaceLayout } from '../../components/layout/SpaceLayout';
import { fr } from '../../i18n/fr';
import '../../styles/creditor.css';
import { InvoicesPage } from '../InvoicesPage';
import type { Space } from '../space';
import { DashboardPage } from './DashboardPage';
import { DebtorRequestsPage } from './DebtorRequestsPage';
import { ImportInvoicesPage } from './ImportInvoicesPage';
import { InvoicePage } from './InvoicePage';
import { NewInvoicePage } from './NewInvoicePage';
import { ScenarioEditorPage } from './ScenarioEditorPage';
import { ScenariosPage } from './ScenariosPage';
import { TeamPage } from './TeamPage';
import { WalletPage } from './WalletPage';

/** The creditor space: a member of a company that reports invoices and runs reminders. */
export const creditorSpace: Space = {
  id: 'creditor',
  label: fr.creditor.space,
  navLabel: fr.creditor.nav.label,
  root: '/espace',
  links: [
    { to: '/espace/tableau-de-bord', label: fr.creditor.nav.dashboard },
    { to: '/espace/factures', label: fr.creditor.nav.invoices },
    { to: '/espace/demandes', label: fr.creditor.nav.debtorRequests },
    { to: '/espace/scenarios', label: fr.creditor.nav.scenarios },
    { to: '/espace/jetons', label: fr.creditor.nav.wallet },
    { to: '/espace/equipe', label: fr.creditor.nav.team },
  ],
  canEnter: (me) => me.activeCompany !== null,
};

export const creditorRoutes = (
  <Route path="/espace" element={<SpaceLayout space={creditorSpace} />}>
    <Route index element={<Navigate to="tableau-de-bord" replace />} />
    <Route path="tableau-de-bord" element={<DashboardPage />} />
    <Route path="factures" element={<InvoicesPage />} />
    <Route path="factures/nouvelle" element={<NewInvoicePage />} />
    <Route path="factures/import" element={<ImportInvoicesPage />} />
    <Route path="factures/:id" element={<InvoicePage />} />
    <Route path="demandes" element={<DebtorRequestsPage />} />
    <Route path="scenarios" element={<ScenariosPage />} />
    <Route path="scenarios/nouveau" element={<ScenarioEditorPage />} />
    <Route path="scenarios/:id" element={<ScenarioEditorPage />} />
    <Route path="jetons" element={<WalletPage />} />
    <Route path="equipe" element={<TeamPage />} />
  </Route>
);
