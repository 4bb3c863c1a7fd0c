import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import type { Action } from '../../../lib/use-action';

interface Texts {
  accept: string;
  accepting: string;
  accepted: string;
  decline: string;
  declining: string;
  declined: string;
}

/**
 * The creditor's two answers to a debtor's request: accept at once, or decline with an optional
 * reason (kept on the invoice's timeline). Each shows its own pending, success and error state.
 */
export function AnswerForms({
  accept,
  decline,
  onAccept,
  onDecline,
  texts,
}: {
  accept: Pick<Action<unknown, never>, 'status' | 'error' | 'pending'>;
  decline: Pick<Action<unknown, never>, 'status' | 'error' | 'pending'>;
  onAccept: () => void;
  onDecline: (reason: string | null) => void;
  texts: Texts;
}) {
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const busy = accept.pending || decline.pending;

  function submitAccept(event: FormEvent) {
    event.preventDefault();
    if (!busy) onAccept();
  }
  function submitDecline(event: FormEvent) {
    event.preventDefault();
    if (!busy) onDecline(reason.trim() === '' ? null : reason.trim());
  }

  // Answered: only the outcome remains, the request cannot be answered twice.
  if (accept.status === 'success' || decline.status === 'success') {
    return <ActionFeedback action={accept.status === 'success' ? accept : decline} success={accept.status === 'success' ? texts.accepted : texts.declined} />;
  }
  return (
    <div className="answer-forms">
      <form className="form" onSubmit={submitAccept} noValidate>
        <SubmitButton pending={accept.pending} pendingLabel={texts.accepting}>
          {texts.accept}
        </SubmitButton>
        <ActionFeedback action={accept} pending={texts.accepting} success={texts.accepted} />
      </form>
      <form className="form" onSubmit={submitDecline} noValidate>
        <div className="field">
          <label htmlFor={reasonId}>{fr.debtorRequests.reason}</label>
          <textarea id={reasonId} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <SubmitButton pending={decline.pending} pendingLabel={texts.declining} variant="danger">
          {texts.decline}
        </SubmitButton>
        <ActionFeedback action={decline} pending={texts.declining} success={texts.declined} />
      </form>
    </div>
  );
}
