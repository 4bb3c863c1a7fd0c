import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { DECLARE_PAYMENT_MUTATION } from '../graphql/mutations/declare-payment.mutation';

/** "I have paid": a date (today by default) and an optional transfer reference. */
export function DeclarePaymentForm({ token, today }: { token: string; today: string }) {
  const t = fr.debtorLink.declare;
  const id = useId();
  const [paidOn, setPaidOn] = useState(today);
  const [note, setNote] = useState('');
  const action = useAction(DECLARE_PAYMENT_MUTATION, { refetchQueries: ['DebtorInvoicePage'] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { token, paidOn, note: note.trim() === '' ? null : note } });
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t.paidOn}</label>
        <input id={`${id}-d`} type="date" required max={today} value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t.note}</label>
        <input id={`${id}-n`} type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.pending}>
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.pending} success={t.done} />
    </form>
  );
}
