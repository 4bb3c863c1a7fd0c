import { ActionFeedback } from './ActionFeedback';
import type { Action } from '../lib/use-action';

/**
 * A button for an action that cannot be undone: the browser asks `confirm` first, then the action
 * runs (`onConfirmed`), its outcome announced by <ActionFeedback> beside it.
 */
export function ConfirmedActionButton({
  action,
  onConfirmed,
  confirm,
  label,
  pending,
  done,
  variant,
}: {
  action: Pick<Action<unknown, never>, 'status' | 'error' | 'pending'>;
  onConfirmed: () => void;
  confirm: string;
  label: string;
  pending: string;
  done: string;
  variant: 'danger' | 'secondary';
}) {
  return (
    <>
      <button
        type="button"
        className={`button button--${variant} button--small`}
        disabled={action.pending}
        aria-busy={action.pending}
        onClick={() => {
          if (window.confirm(confirm)) onConfirmed();
        }}
      >
        {action.pending ? pending : label}
      </button>
      <ActionFeedback action={action} pending={pending} success={done} />
    </>
  );
}
