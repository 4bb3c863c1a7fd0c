import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { useApiQuery } from '../../../lib/use-api-query';
import type { CompanyClaimMethod } from '../../../gql/graphql';
import { COMPANY_QUERY } from '../../companies/graphql/queries/company.query';
import { CLAIM_COMPANY_MUTATION } from '../graphql/mutations/claim-company.mutation';

const METHODS: readonly CompanyClaimMethod[] = ['EMAIL_CODE', 'MODERATOR_REVIEW'];

/** Asks to speak for a company, by a code sent to a company address or by a moderator's review. */
export function ClaimForm({ initialSiren }: { initialSiren: string }) {
  const t = fr.debtor.claim;
  const [siren, setSiren] = useState(initialSiren);
  const [method, setMethod] = useState<CompanyClaimMethod>('MODERATOR_REVIEW');
  const [email, setEmail] = useState('');
  const [note, setNote] = useState('');
  const ids = { siren: useId(), sirenHint: useId(), email: useId(), emailHint: useId(), note: useId(), noteHint: useId() };
  const cleanSiren = siren.replace(/\s+/g, '');
  const company = useApiQuery(COMPANY_QUERY, { siren: cleanSiren }, { skip: !/^\d{9}$/.test(cleanSiren) });
  const action = useAction(CLAIM_COMPANY_MUTATION, { refetchQueries: ['MyCompanyClaims'] });

  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({
      input: {
        siren: cleanSiren,
        method,
        ...(method === 'EMAIL_CODE' ? { email: email.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
  }

  const claimed = action.data?.claimCompany;
  const found = /^\d{9}$/.test(cleanSiren) ? company.data?.company : undefined;
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.siren}>{t.siren}</label>
        <input
          id={ids.siren}
          name="siren"
          inputMode="numeric"
          autoComplete="off"
          required
          value={siren}
          aria-describedby={ids.sirenHint}
          onChange={(e) => setSiren(e.target.value)}
        />
        <p id={ids.sirenHint} className="field__hint" aria-live="polite">
          {found ? t.companyFound(found.name) : found === null ? t.companyUnknown : t.sirenHint}
        </p>
      </div>
      <fieldset className="field choices">
        <legend>{t.method}</legend>
        {METHODS.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />
            <span>{t.methods[m]}</span>
          </label>
        ))}
      </fieldset>
      {method === 'EMAIL_CODE' ? (
        <div className="field">
          <label htmlFor={ids.email}>{t.email}</label>
          <input id={ids.email} type="email" autoComplete="email" required value={email} aria-describedby={ids.emailHint} onChange={(e) => setEmail(e.target.value)} />
          <p id={ids.emailHint} className="field__hint">
            {t.emailHint}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.note}>{t.note}</label>
        <textarea id={ids.note} rows={4} maxLength={1000} value={note} aria-describedby={ids.noteHint} onChange={(e) => setNote(e.target.value)} />
        <p id={ids.noteHint} className="field__hint">
          {t.noteHint}
        </p>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.submitting}>
        {t.submit}
      </SubmitButton>
      <ActionFeedback
        action={action}
        pending={t.submitting}
        success={claimed?.status === 'PENDING_CODE' ? t.sentCode(claimed.email ?? '') : claimed?.status === 'VERIFIED' ? t.confirmed : t.sentReview}
      />
    </form>
  );
}
