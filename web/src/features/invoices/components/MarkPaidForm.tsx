import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { parisToday } from '../../dashboard/domain/period';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { MARK_INVOICE_PAID_MUTATION } from '../graphql/mutations/mark-invoice-paid.mutation';

/** The real payment date (today by default, any past day allowed): it is what the debtor's score reads. */
export function MarkPaidForm({ invoiceId, issueDate, onPaid }: { invoiceId: string; issueDate: string; onPaid: () => void }) {
  const t = fr.invoicePages.markPaid;
  const id = useId();
  const today = parisToday();
  const [paidAt, setPaidAt] = useState(today);
  // The form leaves the page once the invoice is paid: the page itself announces the success (onPaid).
  const action = useAction(MARK_INVOICE_PAID_MUTATION, { refetchQueries: ['InvoiceDetail', 'Invoices'], onSuccess: onPaid });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { id: invoiceId, paidAt } });
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t.heading}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t.paidAt}</label>
        <input id={`${id}-date`} type="date" required min={issueDate} max={today} value={paidAt} onChange={(e) => setPaidAt(e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field__hint">
          {t.paidAtHint}
        </p>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.pending}>
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.pending} success={t.done} />
    </form>
  );
}
