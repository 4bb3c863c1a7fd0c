import { Link, useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useSession } from '../../features/auth/hooks/use-session';
import { DisputeForm } from '../../features/publications/components/DisputeForm';
import { ReplyForm } from '../../features/publications/components/ReplyForm';
import { PUBLICATIONS_ABOUT_COMPANY_QUERY } from '../../features/publications/graphql/queries/publications-about-company.query';
import { fr } from '../../i18n/fr';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Publication requests about the member's company: read the creditor's statement, reply, dispute. */
export function DebtorPublicationsPage() {
  const t = fr.publications.aboutMe;
  useDocumentTitle(t.title);
  const { me } = useSession();
  const [params] = useSearchParams();
  const verified = me?.memberships.filter((m) => m.verified) ?? [];
  const current = verified.find((m) => m.siren === params.get('siren')) ?? verified[0];
  const { data, error, refetch } = useApiQuery(PUBLICATIONS_ABOUT_COMPANY_QUERY, { siren: current?.siren ?? '', first: 50 }, { skip: !current });

  if (!current) {
    return (
      <div className="page">
        <h1 className="page__title">{t.title}</h1>
        <div className="empty card">
          <p className="empty__text">{fr.debtor.home.noVerified}</p>
          <Link className="button button--primary" to="/mon-entreprise/revendiquer">
            {fr.debtor.home.claimAction}
          </Link>
        </div>
      </div>
    );
  }
  const items = data?.publicationsAboutCompany.nodes;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="muted">{t.lead(current.name)}</p>
      </header>
      {error ? (
        <ErrorMessage message={error.userMessage} onRetry={refetch} />
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <div className="empty card">
          <p className="empty__text">{t.empty}</p>
        </div>
      ) : (
        items.map((p) => (
          <article key={p.id} className="card review" aria-label={t.item(p.invoiceNumber, p.creditor.name)}>
            <header className="review__head">
              <h2 className="review__title">
                {formatMoney(p.amountCents, p.currency)} — {p.creditor.name}
              </h2>
              <span className="tag tag--warn">{t.statuses[p.status] ?? p.status}</span>
            </header>
            <p className="small">
              {t.invoice(p.invoiceNumber)} · {t.due(formatDate(p.dueDate))} · {t.requested(formatDateTime(p.requestedAt))}
            </p>
            <div>
              <h3 className="review__subtitle">{t.statement}</h3>
              <blockquote className="quote__text">{p.statement}</blockquote>
            </div>
            {p.status === 'REQUESTED' && !p.debtorWaivedAnswerPeriod ? <p className="notice">{t.answerUntil(formatDateTime(p.answerUntil))}</p> : null}
            {p.decisionReason ? <p className="small">{t.decision(p.decisionReason)}</p> : null}
            <ReplyForm publicationId={p.id} current={p.reply?.text ?? null} refetch="PublicationsAboutCompany" />
            {p.status === 'REQUESTED' || p.status === 'APPROVED' ? (
              <details className="review__dispute">
                <summary>{t.disputeToggle}</summary>
                <DisputeForm invoiceId={p.invoiceId} />
              </details>
            ) : null}
          </article>
        ))
      )}
    </div>
  );
}
