import { useEffect } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router-dom';
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

/** The logged-in creditor's invoices (rendered inside RequireAuth). The filters live in `?statut=` and `?retard=1`. */
export function InvoicesPage() {
  useDocumentTitle(fr.invoices.title);
  const { me, expire } = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('statut'));
  const overdueOnly = params.get('retard') === '1';
  const list = useInvoices(status, overdueOnly);
  const setFilters = (next: { status: InvoiceStatus | null; overdueOnly: boolean }) =>
    setParams({ ...(next.status ? { statut: next.status } : {}), ...(next.overdueOnly ? { retard: '1' } : {}) });
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
      <header className="page__header page__header--actions">
        <div>
          <h1 className="page__title">{fr.invoices.heading}</h1>
          {company ? <p className="muted">{fr.invoices.subheading(company.name)}</p> : null}
        </div>
        {company ? (
          <div className="page__actions">
            <Link className="button button--primary" to="/espace/factures/nouvelle">
              {fr.invoicePages.actions.create}
            </Link>
            <Link className="button button--secondary" to="/espace/factures/import">
              {fr.invoicePages.actions.import}
            </Link>
          </div>
        ) : null}
      </header>
      {!company ? (
        <div className="empty">
          <p className="empty__text">{fr.invoices.noCompany}</p>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <InvoiceStatusFilter value={status} onChange={(next) => setFilters({ status: next, overdueOnly })} />
            <label className="checkbox toolbar__toggle">
              <input type="checkbox" checked={overdueOnly} onChange={(e) => setFilters({ status, overdueOnly: e.target.checked })} />
              {fr.invoicePages.filters.overdueOnly}
            </label>
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
              <p className="empty__text">{status || overdueOnly ? fr.invoices.empty : fr.invoices.emptyAll}</p>
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
