import { useSearchParams } from 'react-router-dom';
import { ClaimForm } from '../../features/claims/components/ClaimForm';
import { MyClaims } from '../../features/claims/components/MyClaims';
import { fr } from '../../i18n/fr';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ClaimPage() {
  const t = fr.debtor.claim;
  useDocumentTitle(t.title);
  const [params] = useSearchParams();
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="muted">{t.lead}</p>
      </header>
      <ClaimForm initialSiren={params.get('siren') ?? ''} />
      <MyClaims />
    </div>
  );
}
