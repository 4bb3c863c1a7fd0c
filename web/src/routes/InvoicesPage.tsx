import { useEffect } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { Pagination } from '../components/Pagination';
import { useSession } from '../features/auth/hooks/use-session';
import { InvoiceStatusFilter } from '../features/invoices/components/InvoiceStatusFilter';
import { InvoiceTable } from '../features/invoices/components/InvoiceTable';
import { useInvoices } from '../features/invoices/hooks/use-invoices';
import { INVOICE_STATUSES, type InvoiceStatus } from '../features/invoices/graphql/queries/invoices.query';
import { fr } from '../i18n/fr';
import { useDocumentTitle } from '../lib/use-document-title';

function parseStatus(raw: string | null): InvoiceStatus | null {
  return INVOICE_STATUSES.find((status) => status === raw) ?? null;
}

/** The logged-in creditor's invoices (rendered inside RequireAuth). The filter lives in `?statut=`. */
export function InvoicesPage() {
  useDocumentTitle(fr.invoices.title);
  const { me, expire } = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('statut'));
  const list = useInvoices(status);
  const expired = list.error?.code === 'UNAUTHENTICATED';

  useEffect(() => {
    if (expired) expire();
  }, [expired, expire]);

  if (expired) {
    return <Navigate to="/connexion" replace state={{ from: `${location.pathname}${location.search}`, expired: true }} />;
  }

  const company = me?.activeCompany;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{fr.invoices.heading}</h1>
        {company ? <p className="muted">{fr.invoices.subheading(company.name)}</p> : null}
      </header>
      {!company ? (
        <div className="empty">
          <p className="empty__text">{fr.invoices.noCompany}</p>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <InvoiceStatusFilter value={status} onChange={(next) => setParams(next ? { statut: next } : {})} />
            {list.loaded ? (
              <p className="toolbar__count" aria-live="polite">
                {fr.invoices.count(list.totalCount)}
              </p>
            ) : null}
          </div>
          {list.error ? (
            <ErrorMessage message={list.error.userMessage} onRetry={list.refetch} />
          ) : !list.loaded ? (
            <Loading />
          ) : list.invoices.length === 0 ? (
            <div className="empty">
              <p className="empty__text">{status ? fr.invoices.empty : fr.invoices.emptyAll}</p>
            </div>
          ) : (
            <div className={list.loading ? 'is-stale' : undefined} aria-busy={list.loading}>
              <InvoiceTable invoices={list.invoices} />
              {list.pageCount > 1 || list.hasNextPage ? (
                <Pagination
                  label={fr.invoices.pagination}
                  page={list.page}
                  pageCount={Math.max(list.pageCount, list.page)}
                  hasPrevious={list.hasPreviousPage}
                  hasNext={list.hasNextPage}
                  onPrevious={list.previous}
                  onNext={list.next}
                  busy={list.loading}
                />
              ) : null}
            </div>
          )}
        </>
      )}
    </div>
  );
}
