import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useSession } from '../../features/auth/hooks/use-session';
import { InvoiceStatusBadge } from '../../features/invoices/components/InvoiceStatusBadge';
import { MarkPaidForm } from '../../features/invoices/components/MarkPaidForm';
import { CancelInvoiceButton } from '../../features/invoices/components/CancelInvoiceButton';
import { INVOICE_DETAIL_QUERY } from '../../features/invoices/graphql/queries/invoice-detail.query';
import { RequestPublicationForm } from '../../features/publications/components/RequestPublicationForm';
import { RecommendForm } from '../../features/recommendations/components/RecommendForm';
import { ApplyScenarioPanel } from '../../features/reminders/components/ApplyScenarioPanel';
import { InvoiceTimeline } from '../../features/reminders/components/InvoiceTimeline';
import '../../features/reminders/components/reminders.css';
import { fr } from '../../i18n/fr';
import { formatDate, formatMoney, formatSiren } from '../../lib/format';
import { formatPhone } from '../../lib/format-phone';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

/** One invoice: its facts, what can be done with it, and its history (every reminder, every request and decision). */
export function InvoicePage() {
  const { id = '' } = useParams();
  const t = fr.invoicePages;
  const query = useApiQuery(INVOICE_DETAIL_QUERY, { id });
  const invoice = query.data?.invoice;
  const runs = query.data?.invoiceTimeline.runs ?? [];
  const events = query.data?.invoiceTimeline.events ?? [];
  useDocumentTitle(invoice ? t.detail.title(invoice.number) : undefined);
  const role = useSession().me?.activeCompany?.role;
  const canSettle = role === 'OWNER' || role === 'ACCOUNTING';
  const canRemind = canSettle || role === 'SALES';
  const activeRun = runs.some((run) => run.status === 'ACTIVE' || run.status === 'PAUSED');
  // Paying or cancelling removes the form that did it: the outcome is announced here instead.
  const [settled, setSettled] = useState<string | null>(null);

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/espace/factures">{t.detail.back}</Link>
      </p>
      {query.error ? (
        <ErrorMessage message={query.error.code === 'NOT_FOUND' ? t.detail.notFound : query.error.userMessage} onRetry={query.refetch} />
      ) : !invoice ? (
        <Loading />
      ) : (
        <>
          <header className="page__header">
            <h1 className="page__title">{t.detail.title(invoice.number)}</h1>
            <p>
              <InvoiceStatusBadge invoice={invoice} />
            </p>
          </header>
          <div role="status" aria-live="polite">
            {settled ? <p className="alert alert--success">{settled}</p> : null}
          </div>
          <div className="detail-grid">
            <div className="detail-grid__main">
              <section className="card" aria-labelledby="facts-heading">
                <h2 id="facts-heading" className="card__title">
                  {t.detail.facts}
                </h2>
                <dl className="facts">
                  <dt>{t.detail.debtor}</dt>
                  <dd>
                    <Link to={`/entreprises/${invoice.debtor.siren}`}>{invoice.debtor.name}</Link> <span className="muted">({formatSiren(invoice.debtor.siren)})</span>
                  </dd>
                  <dt>{t.detail.amount}</dt>
                  <dd className="num">{formatMoney(invoice.amountCents, invoice.currency)}</dd>
                  <dt>{t.detail.issueDate}</dt>
                  <dd>{formatDate(invoice.issueDate)}</dd>
                  <dt>{t.detail.dueDate}</dt>
                  <dd>{formatDate(invoice.dueDate)}</dd>
                  {invoice.paidAt ? (
                    <>
                      <dt>{t.detail.paidAt}</dt>
                      <dd>{formatDate(invoice.paidAt)}</dd>
                    </>
                  ) : null}
                  <dt>{t.detail.contact}</dt>
                  <dd>
                    {invoice.contact && (invoice.contact.email || invoice.contact.phone)
                      ? [invoice.contact.name, invoice.contact.email, invoice.contact.phone ? formatPhone(invoice.contact.phone) : null].filter(Boolean).join(' · ')
                      : t.detail.noContact}
                  </dd>
                </dl>
              </section>
              <InvoiceTimeline runs={runs} events={events} currency={invoice.currency} />
            </div>
            <div className="detail-grid__side">
              {invoice.status === 'OPEN' && canSettle ? <MarkPaidForm invoiceId={invoice.id} issueDate={invoice.issueDate} onPaid={() => setSettled(t.markPaid.done)} /> : null}
              {invoice.status === 'OPEN' && canRemind ? <ApplyScenarioPanel invoiceId={invoice.id} activeRun={activeRun} /> : null}
              {invoice.status === 'PAID' && canRemind ? <RecommendForm siren={invoice.debtor.siren} debtorName={invoice.debtor.name} /> : null}
              {invoice.status === 'OPEN' && invoice.daysOverdue > 0 && canSettle ? (
                <section className="card" aria-label={t.reputation.heading}>
                  <RequestPublicationForm invoiceId={invoice.id} />
                </section>
              ) : null}
              {invoice.status === 'OPEN' && canSettle ? <CancelInvoiceButton invoiceId={invoice.id} onCancelled={() => setSettled(t.cancel.done)} /> : null}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
