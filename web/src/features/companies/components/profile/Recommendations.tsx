import { Link } from 'react-router-dom';
import { fr } from '../../../../i18n/fr';
import { formatDate, isoDay } from '../../../../lib/format';
import type { CompanyDetails } from '../../graphql/queries/company.query';

/** Creditors that were paid by this company and vouch for it publicly. */
export function Recommendations({ recommendations }: { recommendations: CompanyDetails['recommendations'] }) {
  const t = fr.profile.recommendations;
  return (
    <section className="card" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading" className="card__title">
        {t.heading}
      </h2>
      <p className="muted small">{t.count(recommendations.totalCount)}</p>
      {recommendations.edges.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ul className="quotes">
          {recommendations.edges.map(({ node }) => (
            <li key={node.id} className="quote">
              {node.message ? <blockquote className="quote__text">{node.message}</blockquote> : null}
              <p className="quote__by">
                {t.by} <Link to={`/entreprises/${node.creditor.siren}`}>{node.creditor.name}</Link>{' '}
                <time dateTime={isoDay(node.createdAt)}>{t.on(formatDate(node.createdAt))}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
