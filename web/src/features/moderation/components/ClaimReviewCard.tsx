import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ActionFeedback } from '../../../components/ActionFeedback';
import { DecisionButtons } from './ReviewQueue';
import { fr } from '../../../i18n/fr';
import { formatDateTime, formatSiren } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { DECIDE_COMPANY_CLAIM_MUTATION } from '../graphql/mutations/decide-company-claim.mutation';
import type { ClaimReview } from '../graphql/queries/company-claim-queue.query';

/** One claim with what a moderator needs to judge it, and the decision form (a reason is required). */
export function ClaimReviewCard({ claim, onDecided }: { claim: ClaimReview; onDecided: (message: string) => void }) {
  const t = fr.moderation.claims;
  const [reason, setReason] = useState('');
  const [domain, setDomain] = useState('');
  const [decision, setDecision] = useState<boolean | null>(null);
  const ids = { reason: useId(), domain: useId(), domainHint: useId(), heading: useId() };
  // A decided claim leaves the queue (and this card with it): the page announces the outcome.
  const action = useAction(DECIDE_COMPANY_CLAIM_MUTATION, {
    refetchQueries: ['CompanyClaimQueue', 'AuditLog'],
    onSuccess: ({ decideCompanyClaim }) => onDecided(t.decided(claim.companyName, decideCompanyClaim.status === 'VERIFIED')),
  });

  function decide(approve: boolean) {
    setDecision(approve);
    void action.run({
      input: { claimId: claim.id, approve, reason: reason.trim(), ...(approve && domain.trim() ? { emailDomain: domain.trim() } : {}) },
    });
  }

  return (
    <article className="card review" aria-labelledby={ids.heading}>
      <header className="review__head">
        <h2 id={ids.heading} className="review__title">
          <Link to={`/entreprises/${claim.siren}`}>{claim.companyName}</Link>
        </h2>
        <span className="muted small">SIREN {formatSiren(claim.siren)}</span>
      </header>
      {claim.companyAlreadyVerified ? <p className="notice notice--warn">{t.alreadyVerified}</p> : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.claimant}</dt>
          <dd>
            {claim.claimantName} — {claim.claimantEmail}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.method}</dt>
          <dd>{fr.debtor.claim.methods[claim.method] ?? claim.method}</dd>
        </div>
        {claim.email ? (
          <div className="facts__row">
            <dt>{t.email}</dt>
            <dd>{claim.email}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{t.knownDomain}</dt>
          <dd>{claim.companyEmailDomain ?? t.noDomain}</dd>
        </div>
      </dl>
      <div className="review__evidence">
        <h3 className="review__subtitle">{t.note}</h3>
        {claim.note ? <blockquote className="quote__text">{claim.note}</blockquote> : <p className="muted">{t.noNote}</p>}
      </div>
      <div>
        <h3 className="review__subtitle">{t.timeline}</h3>
        <ol className="review-timeline">
          <li>
            <time dateTime={claim.createdAt}>{t.requested(formatDateTime(claim.createdAt))}</time>
          </li>
        </ol>
      </div>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor={ids.reason}>{t.reason}</label>
          <textarea id={ids.reason} rows={3} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.domain}>{t.domain}</label>
          <input id={ids.domain} value={domain} placeholder="exemple.fr" aria-describedby={ids.domainHint} onChange={(e) => setDomain(e.target.value)} />
          <p id={ids.domainHint} className="field__hint">
            {t.domainHint}
          </p>
        </div>
        <DecisionButtons pending={action.pending} decision={decision} approveLabel={t.approve} rejectLabel={t.reject} onDecide={decide} />
        <ActionFeedback action={action} success={decision ? t.approved : t.rejected} />
      </form>
    </article>
  );
}
