import type { ReactNode } from 'react';
import { fr } from '../i18n/fr';
import type { Action } from '../lib/use-action';

/**
 * What a mutation is doing, announced to screen readers: pending, then success (polite) or error
 * (alert, with the API's French message). Put it next to the form's submit button.
 */
export function ActionFeedback({
  action,
  success = fr.action.done,
  pending = fr.action.pending,
}: {
  action: Pick<Action<unknown, never>, 'status' | 'error'>;
  success?: ReactNode;
  pending?: ReactNode;
}) {
  if (action.status === 'error' && action.error) {
    return (
      <div className="alert alert--error" role="alert">
        <p className="alert__text">{action.error.userMessage}</p>
      </div>
    );
  }
  return (
    <div role="status" aria-live="polite" className="action-status">
      {action.status === 'pending' ? <p className="action-status__pending">{pending}</p> : null}
      {action.status === 'success' ? <p className="alert alert--success">{success}</p> : null}
    </div>
  );
}

/** A submit button that shows and announces that its action is running, and cannot be pressed twice. */
export function SubmitButton({
  pending,
  children,
  pendingLabel = fr.action.pending,
  variant = 'primary',
  block = false,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  block?: boolean;
}) {
  return (
    <button
      type="submit"
      className={`button button--${variant}${block ? ' button--block' : ''}`}
      disabled={pending}
      aria-busy={pending}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
