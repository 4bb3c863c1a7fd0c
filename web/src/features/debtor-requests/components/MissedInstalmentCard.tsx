import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import type { DebtorRequestsQuery } from '../../../gql/graphql';
import { fr } from '../../../i18n/fr';
import { formatDate, formatMoney } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { parisToday } from '../../dashboard/domain/period';
import { CONFIRM_INSTALMENT_PAID_MUTATION } from '../graphql/mutations/confirm-instalment-paid.mutation';
import { END_PAYMENT_PLAN_MUTATION } from '../graphql/mutations/end-payment-plan.mutation';

type MissedInstalment = DebtorRequestsQuery['debtorRequests']['missedInstalments'][number];

/**
 * An instalment of an accepted plan the creditor has not confirmed: record it received (at the date
 * the money arrived), or end the plan so the scenario it replaced resumes. Either answer leaves only
 * its outcome on the card.
 */
export function MissedInstalmentCard({ instalment }: { instalment: MissedInstalment }) {
  const t = fr.debtorRequests.missed;
  const id = useId();
  const today = parisToday();
  const [paidOn, setPaidOn] = useState(today);
  const [reason, setReason] = useState('');
  const confirm = useAction(CONFIRM_INSTALMENT_PAID_MUTATION, { refetchQueries: ['Invoices'] });
  const end = useAction(END_PAYMENT_PLAN_MUTATION);
  const busy = confirm.pending || end.pending;
  const title = t.item(instalment.number, instalment.count, instalment.invoiceNumber);

  function submitConfirm(event: FormEvent) {
    event.preventDefault();
    if (!busy) void confirm.run({ input: { planId: instalment.planId, number: instalment.number, paidOn } });
  }
  function submitEnd(event: FormEvent) {
    event.preventDefault();
    if (!busy) void end.run({ input: { planId: instalment.planId, reason: reason.trim() === '' ? null : reason.trim() } });
  }

  return (
    <article className="card review" aria-label={title}>
      <h3 className="review__title">{title}</h3>
      <p>{t.due(formatMoney(instalment.amountCents, 'EUR'), formatDate(instalment.dueDate))}</p>
      <p className="small">
        <Link to={`/espace/factures/${instalment.invoiceId}`}>{fr.debtorRequests.invoiceLink}</Link>
      </p>
      {confirm.status === 'success' ? (
        <ActionFeedback action={confirm} success={t.confirmed(confirm.data?.confirmInstalmentPaid.planStatus === 'COMPLETED')} />
      ) : end.status === 'success' ? (
        <ActionFeedback action={end} success={t.ended} />
      ) : (
        <div className="answer-forms">
          <form className="form" onSubmit={submitConfirm} noValidate>
            <div className="field">
              <label htmlFor={`${id}-paid-on`}>{t.paidOn}</label>
              <input id={`${id}-paid-on`} type="date" required max={today} value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            </div>
            <SubmitButton pending={confirm.pending} pendingLabel={t.confirming}>
              {t.confirm}
            </SubmitButton>
            <ActionFeedback action={confirm} pending={t.confirming} />
          </form>
          <form className="form" onSubmit={submitEnd} noValidate>
            <p className="field__hint">{t.endHint}</p>
            <div className="field">
              <label htmlFor={`${id}-reason`}>{fr.debtorRequests.reason}</label>
              <textarea id={`${id}-reason`} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <SubmitButton pending={end.pending} pendingLabel={t.ending} variant="danger">
              {t.end}
            </SubmitButton>
            <ActionFeedback action={end} pending={t.ending} />
          </form>
        </div>
      )}
    </article>
  );
}
