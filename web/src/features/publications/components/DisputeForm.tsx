import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { DISPUTE_INVOICE_MUTATION } from '../graphql/mutations/dispute-invoice.mutation';

/** Contests an invoice (behind a publication request, or from the list of invoices about me): it freezes it until a moderator rules. */
export function DisputeForm({ invoiceId, refetch = 'PublicationsAboutCompany' }: { invoiceId: string; refetch?: string }) {
  const t = fr.publications.dispute;
  const [reason, setReason] = useState('');
  const ids = { reason: useId(), hint: useId() };
  const action = useAction(DISPUTE_INVOICE_MUTATION, { refetchQueries: [refetch] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { invoiceId, reason: reason.trim() } });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.reason}>{t.reason}</label>
        <textarea id={ids.reason} rows={3} maxLength={4000} value={reason} aria-describedby={ids.hint} onChange={(e) => setReason(e.target.value)} />
        <p id={ids.hint} className="field__hint">
          {t.hint}
        </p>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.submitting} variant="danger">
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.submitting} success={t.done} />
    </form>
  );
}
