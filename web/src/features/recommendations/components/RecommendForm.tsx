import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { RECOMMEND_COMPANY_MUTATION } from '../graphql/mutations/recommend-company.mutation';

/** A public recommendation of the client, shown on its profile with the creditor's name. */
export function RecommendForm({ siren, debtorName }: { siren: string; debtorName: string }) {
  const t = fr.invoicePages.reputation;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const action = useAction(RECOMMEND_COMPANY_MUTATION);

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { siren, message } });
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t.heading}
      </h2>
      {!open ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)} aria-expanded={false}>
          {t.recommend}
        </button>
      ) : (
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-m`}>{t.message(debtorName)}</label>
            <textarea id={`${id}-m`} rows={3} required maxLength={1000} value={message} onChange={(e) => setMessage(e.target.value)} aria-describedby={`${id}-hint`} />
            <p id={`${id}-hint`} className="field__hint">
              {t.hint}
            </p>
          </div>
          <SubmitButton pending={action.pending} pendingLabel={t.pending}>
            {t.recommend}
          </SubmitButton>
          <ActionFeedback action={action} pending={t.pending} success={t.done} />
        </form>
      )}
    </section>
  );
}
