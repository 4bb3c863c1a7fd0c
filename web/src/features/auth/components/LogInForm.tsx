import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fr } from '../../../i18n/fr';
import { toUserMessage } from '../../../lib/api-error';
import type { Me } from '../graphql/fragments/me.fragment';
import { useSession } from '../hooks/use-session';

export function LogInForm({ onLoggedIn, notice }: { onLoggedIn: (me: Me) => void; notice?: string | undefined }) {
  const { logIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(fr.logIn.required);
      (email.trim() ? passwordRef : emailRef).current?.focus();
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      onLoggedIn(await logIn(email.trim(), password));
    } catch (e) {
      setError(toUserMessage(e));
      setPassword('');
      passwordRef.current?.focus();
      setSubmitting(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
      {notice && !error ? <p className="notice">{notice}</p> : null}
      {error ? <ErrorMessage id={errorId} message={error} /> : null}
      <div className="field">
        <label htmlFor="login-email">{fr.logIn.email}</label>
        <input
          ref={emailRef}
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus
          value={email}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">{fr.logIn.password}</label>
        <input
          ref={passwordRef}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button className="button button--primary button--block" type="submit" disabled={submitting} aria-busy={submitting}>
        {submitting ? fr.logIn.submitting : fr.logIn.submit}
      </button>
    </form>
  );
}
