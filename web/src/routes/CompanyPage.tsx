import { Link, useParams } from 'react-router-dom';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { CompanyProfile } from '../features/companies/components/CompanyProfile';
import { useCompany } from '../features/companies/hooks/use-company';
import { fr } from '../i18n/fr';
import { useDocumentTitle } from '../lib/use-document-title';

export function CompanyPage() {
  const siren = useParams<'siren'>().siren ?? '';
  const { data, error, loading, refetch } = useCompany(siren);
  const company = data?.company;
  useDocumentTitle(
    company ? company.name : company === null ? fr.company.notFoundTitle : error?.code === 'BAD_USER_INPUT' ? fr.company.invalidSirenTitle : fr.company.title,
  );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/">
          <span aria-hidden="true">← </span>
          {fr.company.backToSearch}
        </Link>
      </p>
      {error?.code === 'BAD_USER_INPUT' ? (
        <div className="empty">
          <h1 className="empty__title">{fr.company.invalidSirenTitle}</h1>
          <p className="empty__text">{error.userMessage}</p>
        </div>
      ) : error ? (
        <ErrorMessage
          message={error.userMessage}
          onRetry={error.code === 'NOT_FOUND' ? undefined : refetch}
        />
      ) : loading && !company ? (
        <Loading />
      ) : company ? (
        <CompanyProfile company={company} />
      ) : (
        <div className="empty">
          <h1 className="empty__title">{fr.company.notFoundTitle}</h1>
          <p className="empty__text">{fr.company.notFound(siren)}</p>
        </div>
      )}
    </div>
  );
}
