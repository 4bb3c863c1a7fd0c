import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { ApiError, toApiError } from '../../../lib/api-error';
import { useAction } from '../../../lib/use-action';
import { REQUEST_PUBLICATION_MUTATION } from '../graphql/mutations/request-publication.mutation';
import { uploadEvidence } from '../upload-evidence';

/**
 * Asks moderation to publish the unpaid invoice: the invoice PDF (uploaded first) and a statement.
 * The API says precisely why a request is refused (no ultimatum sent yet, deadline not passed…).
 */
export function RequestPublicationForm({ invoiceId }: { invoiceId: string }) {
  const t = fr.invoicePages.publication;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [statement, setStatement] = useState('');
  const [upload, setUpload] = useState<{ status: 'idle' | 'pending' | 'error'; error?: ApiError }>({ status: 'idle' });
  const request = useAction(REQUEST_PUBLICATION_MUTATION, { refetchQueries: ['InvoiceDetail'] });
  const pending = upload.status === 'pending' || request.pending;
  // One feedback for the two steps: the upload's failure, else the request's state.
  const feedback = upload.status === 'error' ? { status: 'error' as const, error: upload.error } : upload.status === 'pending' ? { status: 'pending' as const, error: undefined } : request;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    request.reset();
    setUpload({ status: 'pending' });
    let evidenceId: string;
    try {
      evidenceId = await uploadEvidence(file);
    } catch (error) {
      setUpload({ status: 'error', error: toApiError(error) });
      return;
    }
    setUpload({ status: 'idle' });
    await request.run({ input: { invoiceId, evidenceId, statement } });
  }

  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {fr.invoicePages.reputation.requestPublication}
      </button>
    );
  }
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="subsection-title">
        {fr.invoicePages.reputation.requestPublication}
      </h3>
      <p className="field__hint">{t.rules}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t.file}</label>
        <input id={`${id}-file`} type="file" accept="application/pdf,.pdf" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-statement`}>{t.statement}</label>
        <textarea id={`${id}-statement`} rows={4} required maxLength={2000} value={statement} onChange={(e) => setStatement(e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field__hint">
          {t.statementHint}
        </p>
      </div>
      <SubmitButton pending={pending} pendingLabel={upload.status === 'pending' ? t.uploading : t.pending}>
        {t.submit}
      </SubmitButton>
      <ActionFeedback action={feedback} pending={upload.status === 'pending' ? t.uploading : t.pending} success={t.done} />
    </form>
  );
}
