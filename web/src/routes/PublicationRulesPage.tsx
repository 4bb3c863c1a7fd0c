import { ExplainPage } from '../components/ExplainPage';
import { fr } from '../i18n/fr';

export function PublicationRulesPage() {
  const t = fr.explain.rules;
  return <ExplainPage title={t.title} lead={t.lead} sections={t.sections} />;
}
