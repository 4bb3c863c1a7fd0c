import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { DISPUTE_INVOICE_VIA_LINK_MUTATION } from '../graphql/mutations/dispute-invoice-via-link.mutation';

export function DisputeViaLinkForm({ token }: { token: string }) {
  const t = fr.debtorLink.dispute;
  const id = useId();
  const [reason, setReason] = useState('');
  const action = useAction(DISPUTE_INVOICE_VIA_LINK_MUTATION, { refetchQueries: ['DebtorInvoicePage'] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { token, reason } });
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      <div className="field">
        <label htmlFor={`${id}-r`}>{t.reason}</label>
        <textarea id={`${id}-r`} rows={4} required minLength={10} maxLength={4000} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field__hint">
          {t.hint}
        </p>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.pending} variant="danger">
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.pending} success={t.done} />
    </form>
  );
}
