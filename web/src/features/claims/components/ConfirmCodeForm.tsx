import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { CONFIRM_COMPANY_CLAIM_MUTATION } from '../graphql/mutations/confirm-company-claim.mutation';

/** The six-digit code of an EMAIL_CODE claim; success makes the user a verified member. */
export function ConfirmCodeForm({ claimId }: { claimId: string }) {
  const t = fr.debtor.claim;
  const [code, setCode] = useState('');
  const id = useId();
  // `me` lists the new verified membership: refetch it so the space shows the score at once.
  const action = useAction(CONFIRM_COMPANY_CLAIM_MUTATION, { refetchQueries: ['Me', 'MyCompanyClaims'] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { claimId, code: code.trim() } });
  }

  return (
    <form className="form form--inline" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t.code}</label>
        <input id={id} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.confirming} variant="secondary">
        {t.confirm}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.confirming} success={t.confirmed} />
    </form>
  );
}
