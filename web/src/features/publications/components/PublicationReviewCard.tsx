import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ActionFeedback } from '../../../components/ActionFeedback';
import { DecisionButtons } from '../../moderation/components/ReviewQueue';
import { fr } from '../../../i18n/fr';
import { formatDate, formatDateTime, formatKilobytes, formatMoney } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { DECIDE_PUBLICATION_MUTATION } from '../graphql/mutations/decide-publication.mutation';
import type { PublicationReview } from '../graphql/queries/publication-queue.query';

/** A publication request with its evidence, the reminders sent, the debtor's answer, and the decision. */
export function PublicationReviewCard({ review, onDecided }: { review: PublicationReview; onDecided: (message: string) => void }) {
  const t = fr.publications.queue;
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState<boolean | null>(null);
  const ids = { heading: useId(), reason: useId() };
  // A decided request may leave the queue (and this card with it): the page announces the outcome.
  const action = useAction(DECIDE_PUBLICATION_MUTATION, {
    refetchQueries: ['PublicationQueue', 'AuditLog'],
    onSuccess: ({ decidePublication }) => onDecided(t.decided(review.invoiceNumber, review.debtor.name, decidePublication.status)),
  });

  function decide(approve: boolean) {
    setDecision(approve);
    void action.run({ input: { publicationId: review.id, approve, reason: reason.trim() } });
  }

  return (
    <article className="card review" aria-labelledby={ids.heading}>
      <header className="review__head">
        <h2 id={ids.heading} className="review__title">
          {t.invoice(review.invoiceNumber)} — {formatMoney(review.amountCents, review.currency)}
        </h2>
      </header>
      {review.disputeOpen ? <p className="notice notice--warn">{t.disputeOpen}</p> : null}
      {review.creditorReliability.needsSecondModerator ? <p className="notice notice--warn">{t.secondModerator}</p> : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.debtor}</dt>
          <dd>
            <Link to={`/entreprises/${review.debtor.siren}`}>{review.debtor.name}</Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.creditor}</dt>
          <dd>
            <Link to={`/entreprises/${review.creditor.siren}`}>{review.creditor.name}</Link>
            <span className="muted small">
              {' '}
              {t.reliability(review.creditorReliability.requested, review.creditorReliability.published, review.creditorReliability.overturned)}
            </span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.issued}</dt>
          <dd>{formatDate(review.issueDate)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.due}</dt>
          <dd>{formatDate(review.dueDate)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.evidence}</dt>
          <dd>
            <a href={review.evidence.downloadPath}>{t.download(review.evidence.filename, formatKilobytes(review.evidence.sizeBytes))}</a>
          </dd>
        </div>
      </dl>
      <div>
        <h3 className="review__subtitle">{t.statement}</h3>
        <blockquote className="quote__text">{review.statement}</blockquote>
      </div>
      <div>
        <h3 className="review__subtitle">{t.reply}</h3>
        {review.reply ? <blockquote className="quote__text">{review.reply.text}</blockquote> : <p className="muted">{t.noReply}</p>}
        <p className="small muted">{review.debtorWaivedAnswerPeriod ? t.waived : t.answerUntil(formatDateTime(review.answerUntil))}</p>
      </div>
      <div>
        <h3 className="review__subtitle">{t.timeline}</h3>
        <ol className="review-timeline">
          {review.timeline.map((step, i) => (
            <li key={`${step.scheduledAt}-${i}`}>
              <time dateTime={step.sentAt ?? step.scheduledAt}>{formatDateTime(step.sentAt ?? step.scheduledAt)}</time> —{' '}
              {t.step(fr.invoicePages.tone[step.tone] ?? step.tone, fr.invoicePages.channel[step.channel] ?? step.channel, fr.invoicePages.messageStatus[step.status] ?? step.status)}
              {step.subject ? <span className="muted"> · {step.subject}</span> : null}
            </li>
          ))}
          <li>{t.ultimatum(formatDateTime(review.ultimatumSentAt), formatDate(review.ultimatumDeadline))}</li>
          <li>{t.requested(formatDateTime(review.requestedAt))}</li>
        </ol>
      </div>
      <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <p className="small">{t.approvals(review.approvalsGiven, review.approvalsRequired)}</p>
        <div className="field">
          <label htmlFor={ids.reason}>{t.reason}</label>
          <textarea id={ids.reason} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <DecisionButtons pending={action.pending} decision={decision} approveLabel={t.approve} rejectLabel={t.reject} onDecide={decide} />
        <ActionFeedback action={action} success={decision ? t.approved : t.rejected} />
      </form>
    </article>
  );
}
