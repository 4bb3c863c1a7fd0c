import { useParams } from 'react-router-dom';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { DebtorInvoiceView } from '../features/debtor-link/components/DebtorInvoiceView';
import { DEBTOR_INVOICE_PAGE_QUERY } from '../features/debtor-link/graphql/queries/debtor-invoice-page.query';
import { fr } from '../i18n/fr';
import { useApiQuery } from '../lib/use-api-query';
import { useDocumentTitle } from '../lib/use-document-title';

/** Today in Paris as YYYY-MM-DD (the declared payment date defaults to it and may not exceed it). */
function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The page behind every reminder's link: no account, the token in the address is the credential. */
export function DebtorLinkPage() {
  const token = useParams<'token'>().token ?? '';
  const { data, error, loading, refetch } = useApiQuery(DEBTOR_INVOICE_PAGE_QUERY, { token });
  const page = data?.debtorInvoicePage;
  useDocumentTitle(page ? fr.debtorLink.title(page.invoiceNumber) : fr.debtorLink.pageTitle);
  const linkError = error?.reason ? fr.debtorLink.errors[error.reason] : undefined;

  return (
    <div className="page">
      {linkError ? (
        <div className="empty">
          <h1 className="empty__title">{linkError.title}</h1>
          <p className="empty__text">{linkError.text}</p>
        </div>
      ) : error ? (
        <ErrorMessage message={error.userMessage} onRetry={refetch} />
      ) : loading || !page ? (
        <Loading />
      ) : (
        <DebtorInvoiceView token={token} page={page} today={parisToday()} />
      )}
    </div>
  );
}
