import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ActionFeedback, SubmitButton } from '../components/ActionFeedback';
import { JOIN_BY_INVITATION_MUTATION } from '../features/auth/graphql/mutations/join-by-invitation.mutation';
import { useSession } from '../features/auth/hooks/use-session';
import { fr } from '../i18n/fr';
import { useAction } from '../lib/use-action';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * Where an invited colleague creates their account (`/invitation?code=…`): the e-mail must be the
 * invited one; the role comes with the invitation. Then they are logged in and sent to their space.
 */
export function JoinPage() {
  useDocumentTitle(fr.team.join.title);
  const t = fr.team.join;
  const id = useId();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { logIn } = useSession();
  const [form, setForm] = useState({ code: params.get('code') ?? '', email: '', fullName: '', password: '' });
  const join = useAction(JOIN_BY_INVITATION_MUTATION);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const joined = await join.run({ input: { invitationToken: form.code.trim(), email: form.email.trim(), fullName: form.fullName.trim(), password: form.password } });
    if (!joined) return;
    await logIn(form.email.trim(), form.password);
    navigate('/espace', { replace: true });
  }

  return (
    <div className="page page--narrow">
      <h1 className="page__title">{t.heading}</h1>
      <p className="muted">{t.lead}</p>
      <form className="card form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t.code}</label>
          <input id={`${id}-code`} required autoComplete="off" className="mono" value={form.code} onChange={set('code')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t.email}</label>
          <input id={`${id}-email`} type="email" required autoComplete="username" value={form.email} onChange={set('email')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.fullName}</label>
          <input id={`${id}-name`} required autoComplete="name" value={form.fullName} onChange={set('fullName')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t.password}</label>
          <input id={`${id}-password`} type="password" required minLength={10} autoComplete="new-password" value={form.password} onChange={set('password')} aria-describedby={`${id}-pw-hint`} />
          <p id={`${id}-pw-hint`} className="field__hint">
            {t.passwordHint}
          </p>
        </div>
        <SubmitButton pending={join.pending} pendingLabel={t.pending}>
          {t.submit}
        </SubmitButton>
        <ActionFeedback action={join} pending={t.pending} success={t.done} />
      </form>
    </div>
  );
}
