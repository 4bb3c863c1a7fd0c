import { fr } from '../i18n/fr';

/** An error a user can read, announced to screen readers, with an optional retry. */
export function ErrorMessage({ message, onRetry, id }: { message: string; onRetry?: () => void; id?: string }) {
  return (
    <div className="alert alert--error" role="alert" id={id}>
      <p className="alert__text">{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {fr.errors.retry}
        </button>
      ) : null}
    </div>
  );
}
