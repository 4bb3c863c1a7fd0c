import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ActionFeedback } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { formatDate, formatDateTime, formatKilobytes, formatMoney } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { RULE_ON_DISPUTE_MUTATION } from '../graphql/mutations/rule-on-dispute.mutation';
import type { DisputeReview } from '../graphql/queries/dispute-queue.query';
import { DecisionButtons } from './ReviewQueue';

/** An open dispute with the debtor's reason and evidence, both parties, and the reasoned ruling. */
export function DisputeReviewCard({ review, onDecided }: { review: DisputeReview; onDecided: (message: string) => void }) {
  const t = fr.moderation.disputes;
  const [reason, setReason] = useState('');
  const [upheld, setUpheld] = useState<boolean | null>(null);
  const ids = { heading: useId(), reason: useId() };
  // A ruled dispute leaves the queue (and this card with it): the page announces the outcome.
  const action = useAction(RULE_ON_DISPUTE_MUTATION, {
    refetchQueries: ['DisputeQueue', 'AuditLog'],
    onSuccess: ({ ruleOnDispute }) => onDecided(t.decided(review.invoiceNumber, ruleOnDispute.status === 'UPHELD')),
  });

  function rule(uphold: boolean) {
    setUpheld(uphold);
    void action.run({ input: { disputeId: review.dispute.id, upheld: uphold, reason: reason.trim() } });
  }

  const r = review.creditorReliability;
  return (
    <article className="card review" aria-labelledby={ids.heading}>
      <header className="review__head">
        <h2 id={ids.heading} className="review__title">
          {t.invoice(review.invoiceNumber)} — {formatMoney(review.amountCents, 'EUR')}
        </h2>
      </header>
      {review.publicationId ? <p className="notice notice--warn">{t.publication}</p> : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.creditor}</dt>
          <dd>
            <Link to={`/entreprises/${review.creditor.siren}`}>{review.creditor.name}</Link>
            <span className="small muted"> — {t.reliability(r.requested, r.published, r.overturned, r.disputed)}</span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.debtor}</dt>
          <dd>
            <Link to={`/entreprises/${review.debtor.siren}`}>{review.debtor.name}</Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.due}</dt>
          <dd>{formatDate(review.dueDate)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.openedAt}</dt>
          <dd>
            {formatDateTime(review.dispute.openedAt)} {t.via[review.dispute.openedVia] ?? ''}
          </dd>
        </div>
      </dl>
      <div className="review__evidence">
        <h3 className="review__subtitle">{t.debtorReason}</h3>
        <blockquote className="quote__text">{review.dispute.reason}</blockquote>
        <h3 className="review__subtitle">{t.evidence}</h3>
        {review.evidence.length === 0 ? (
          <p className="muted">{t.noEvidence}</p>
        ) : (
          <ul>
            {review.evidence.map((file) => (
              <li key={file.id}>
                <a href={file.downloadPath}>{t.download(file.filename, formatKilobytes(file.sizeBytes))}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor={ids.reason}>{t.reason}</label>
          <textarea id={ids.reason} rows={3} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </div>
        <DecisionButtons pending={action.pending} decision={upheld} approveLabel={t.uphold} rejectLabel={t.reject} onDecide={rule} />
        <ActionFeedback action={action} success={upheld ? t.upheld : t.rejected} />
      </form>
    </article>
  );
}
