import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useSession } from '../../auth/hooks/use-session';
import { fr } from '../../../i18n/fr';
import { formatDate, formatMoney, isoDay } from '../../../lib/format';
import { useApiQuery } from '../../../lib/use-api-query';
import { COMPANY_PUBLICATIONS_QUERY } from '../graphql/queries/company-publications.query';
import { ReplyForm } from './ReplyForm';

/**
 * The company's published unpaid invoices, each with the debtor's reply; a verified member of the
 * company answers right here.
 */
export function PublicPublications({ siren }: { siren: string }) {
  const t = fr.publications.public;
  const { me } = useSession();
  const { data, error, refetch } = useApiQuery(COMPANY_PUBLICATIONS_QUERY, { siren });
  const speaksForCompany = me?.memberships.some((m) => m.siren === siren && m.verified) ?? false;
  const publications = data?.company?.publications ?? [];
  return (
    <section className="card" aria-labelledby="publications-heading">
      <h2 id="publications-heading" className="card__title">
        {t.heading}
      </h2>
      <p className="muted small">
        {t.lead} <Link to="/regles-de-publication">{fr.layout.publicationRules}</Link>
      </p>
      {error ? (
        <ErrorMessage message={error.userMessage} onRetry={refetch} />
      ) : publications.length === 0 ? (
        <p className="muted">{data ? t.empty : fr.app.loading}</p>
      ) : (
        <ul className="publications">
          {publications.map((p) => (
            <li key={p.id} className={`publication ${p.status === 'SETTLED' ? 'publication--settled' : ''}`}>
              <div className="publication__head">
                <span className="publication__amount">{formatMoney(p.amountCents, p.currency)}</span>
                <span className={`tag ${p.status === 'SETTLED' ? 'tag--ok' : 'tag--late'}`}>{t.statuses[p.status] ?? p.status}</span>
              </div>
              <p className="small">
                {t.creditor} : <Link to={`/entreprises/${p.creditor.siren}`}>{p.creditor.name}</Link> ·{' '}
                <time dateTime={p.dueDate}>{t.due(formatDate(p.dueDate))}</time> ·{' '}
                {p.settledAt ? t.settled(formatDate(p.settledAt)) : t.unpaidFor(p.daysUnpaid)}
              </p>
              <p className="muted small">
                <time dateTime={isoDay(p.publishedAt)}>{t.published(formatDate(p.publishedAt))}</time>
              </p>
              <div className="publication__reply">
                <p className="publication__reply-title">{t.reply}</p>
                {p.reply ? <blockquote className="quote__text">{p.reply.text}</blockquote> : <p className="muted small">{t.noReply}</p>}
                {speaksForCompany ? <ReplyForm publicationId={p.id} current={p.reply?.text ?? null} /> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
