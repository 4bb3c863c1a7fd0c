import { Route } from 'react-router-dom';
import { CompanyPage } from './CompanyPage';
import { DebtorLinkPage } from './DebtorLinkPage';
import { HomePage } from './HomePage';
import { JoinPage } from './JoinPage';
import { LogInPage } from './LogInPage';
import { PublicationRulesPage } from './PublicationRulesPage';
import { ScoreExplainedPage } from './ScoreExplainedPage';

/** Pages anyone may see, logged in or not. */
export const publicRoutes = (
  <>
    <Route path="/" element={<HomePage />} />
    <Route path="/entreprises/:siren" element={<CompanyPage />} />
    <Route path="/comprendre-le-score" element={<ScoreExplainedPage />} />
    <Route path="/regles-de-publication" element={<PublicationRulesPage />} />
    <Route path="/connexion" element={<LogInPage />} />
    <Route path="/invitation" element={<JoinPage />} />
    <Route path="/r/:token" element={<DebtorLinkPage />} />
  </>
);
