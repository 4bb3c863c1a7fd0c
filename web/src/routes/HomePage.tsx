import { CompanySearch } from '../features/companies/components/CompanySearch';
import { fr } from '../i18n/fr';
import { useDocumentTitle } from '../lib/use-document-title';

export function HomePage() {
  useDocumentTitle(fr.home.title);
  return (
    <div className="page page--home">
      <CompanySearch />
      <section className="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading" className="intro__title">
          {fr.home.heading}
        </h2>
        <p className="intro__lead">{fr.home.lead}</p>
      </section>
    </div>
  );
}
