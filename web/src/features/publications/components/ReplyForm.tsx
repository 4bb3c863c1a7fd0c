import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { REPLY_TO_PUBLICATION_MUTATION } from '../graphql/mutations/reply-to-publication.mutation';

/** A verified member of the debtor answers a publication publicly (sending again edits it). */
export function ReplyForm({
  publicationId,
  current,
  refetch = 'CompanyPublications',
}: {
  publicationId: string;
  current: string | null;
  /** The list to refresh once the reply is saved. */
  refetch?: string;
}) {
  const t = fr.publications.replyForm;
  const [text, setText] = useState(current ?? '');
  const ids = { text: useId(), hint: useId() };
  const action = useAction(REPLY_TO_PUBLICATION_MUTATION, { refetchQueries: [refetch] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { publicationId, text: text.trim() } });
  }

  return (
    <form className="form reply-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>{t.label}</label>
        <textarea id={ids.text} rows={3} maxLength={2000} value={text} aria-describedby={ids.hint} onChange={(e) => setText(e.target.value)} />
        <p id={ids.hint} className="field__hint">
          {t.hint}
        </p>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.submitting} variant="secondary">
        {current ? t.edit : t.submit}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.submitting} success={t.done} />
    </form>
  );
}
