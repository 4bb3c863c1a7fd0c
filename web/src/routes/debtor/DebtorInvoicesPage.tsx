import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useSession } from '../../features/auth/hooks/use-session';
import { INVOICES_ABOUT_MY_COMPANY_QUERY } from '../../features/debtor/graphql/queries/invoices-about-my-company.query';
import { DisputeForm } from '../../features/publications/components/DisputeForm';
import { fr } from '../../i18n/fr';
import { toApiError } from '../../lib/api-error';
import { formatDate, formatMoney } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';

const PAGE = 50;

/**
 * Invoices creditors reported about the active company (verified members only, the API checks),
 * each with a "Contester" action unless already disputed or settled.
 */
export function DebtorInvoicesPage() {
  const t = fr.debtor.invoices;
  useDocumentTitle(t.title);
  const { me } = useSession();
  const active = me?.memberships.find((m) => m.siren === me.activeCompany?.siren && m.verified);
  const result = useQuery(INVOICES_ABOUT_MY_COMPANY_QUERY, { variables: { first: PAGE }, skip: !active, notifyOnNetworkStatusChange: true });
  const list = result.data?.invoicesAboutMyCompany;

  function more() {
    if (!list?.pageInfo.endCursor) return;
    void result
      .fetchMore({
        variables: { after: list.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          invoicesAboutMyCompany: { ...fetchMoreResult.invoicesAboutMyCompany, nodes: [...(prev.invoicesAboutMyCompany?.nodes ?? []), ...fetchMoreResult.invoicesAboutMyCompany.nodes] },
        }),
      })
      .catch(() => undefined);
  }

  if (!active) {
    return (
      <div className="page">
        <h1 className="page__title">{t.title}</h1>
        <div className="empty card">
          <p className="empty__text">{me?.memberships.some((m) => m.verified) ? t.notActive : fr.debtor.home.noVerified}</p>
          <Link className="button button--primary" to="/mon-entreprise/revendiquer">
            {fr.debtor.home.claimAction}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="muted">{t.lead(active.name)}</p>
      </header>
      {result.error ? (
        <ErrorMessage message={toApiError(result.error).userMessage} onRetry={() => void result.refetch().catch(() => undefined)} />
      ) : !list ? (
        <Loading />
      ) : list.nodes.length === 0 ? (
        <div className="empty card">
          <p className="empty__text">{t.empty}</p>
        </div>
      ) : (
        <>
          {list.nodes.map((invoice) => (
            <article key={invoice.id} className="card review" aria-label={t.item(invoice.number, invoice.creditor.name)}>
              <header className="review__head">
                <h2 className="review__title">
                  {formatMoney(invoice.amountCents, invoice.currency)} — {invoice.creditor.name}
                </h2>
                <span className={invoice.status === 'PAID' ? 'tag' : 'tag tag--warn'}>{t.statuses[invoice.status] ?? invoice.status}</span>
              </header>
              <p className="small">
                {fr.publications.aboutMe.invoice(invoice.number)} · {t.due(formatDate(invoice.dueDate))}
                {invoice.paidAt ? ` · ${t.paid(formatDate(invoice.paidAt))}` : ''}
                {invoice.daysOverdue > 0 ? ` · ${t.late(invoice.daysOverdue)}` : ''}
              </p>
              {invoice.openDispute ? (
                <p className="notice">{t.disputed(invoice.openDispute.reason)}</p>
              ) : invoice.status === 'OPEN' ? (
                <details className="review__dispute">
                  <summary>{t.disputeToggle}</summary>
                  <DisputeForm invoiceId={invoice.id} refetch="InvoicesAboutMyCompany" />
                </details>
              ) : null}
            </article>
          ))}
          {list.pageInfo.hasNextPage ? (
            <button type="button" className="button" onClick={more} disabled={result.loading}>
              {t.more}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
