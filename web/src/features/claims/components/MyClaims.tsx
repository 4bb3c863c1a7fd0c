import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { fr } from '../../../i18n/fr';
import { formatDate, formatSiren } from '../../../lib/format';
import { useApiQuery } from '../../../lib/use-api-query';
import { MY_COMPANY_CLAIMS_QUERY } from '../graphql/queries/my-company-claims.query';
import { ConfirmCodeForm } from './ConfirmCodeForm';

const STATUS_TONE: Record<string, string> = {
  VERIFIED: 'tag--ok',
  REJECTED: 'tag--late',
  CANCELLED: 'tag--muted',
  PENDING_CODE: 'tag--info',
  PENDING_REVIEW: 'tag--warn',
};

/** The user's claims, newest first, with the code form for those waiting for one. */
export function MyClaims() {
  const t = fr.debtor.claim;
  const { data, error, refetch } = useApiQuery(MY_COMPANY_CLAIMS_QUERY, {});
  return (
    <section className="card" aria-labelledby="my-claims-heading">
      <h2 id="my-claims-heading" className="card__title">
        {t.mine}
      </h2>
      {error ? (
        <ErrorMessage message={error.userMessage} onRetry={refetch} />
      ) : !data ? (
        <Loading />
      ) : data.myCompanyClaims.length === 0 ? (
        <p className="muted">{t.mineEmpty}</p>
      ) : (
        <ul className="claims">
          {data.myCompanyClaims.map((claim) => (
            <li key={claim.id} className="claims__item">
              <p className="claims__head">
                <Link to={`/entreprises/${claim.siren}`}>{claim.companyName}</Link>
                <span className="muted small">SIREN {formatSiren(claim.siren)}</span>
                <span className={`tag ${STATUS_TONE[claim.status] ?? 'tag--muted'}`}>{t.statuses[claim.status] ?? claim.status}</span>
              </p>
              <p className="muted small">{t.requestedOn(formatDate(claim.createdAt))}</p>
              {claim.decisionReason ? <p className="small">{t.decision(claim.decisionReason)}</p> : null}
              {claim.status === 'PENDING_CODE' ? <ConfirmCodeForm claimId={claim.id} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
