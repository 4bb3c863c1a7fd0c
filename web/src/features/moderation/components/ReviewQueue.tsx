import { useState, type ReactNode } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import type { ApiError } from '../../../lib/api-error';
import { useDocumentTitle } from '../../../lib/use-document-title';

/**
 * A moderation queue page: title, lead, the outcome of the last decision (a decided item leaves
 * the queue, and its card with it, so the page announces it), then one card per item.
 */
export function ReviewQueue<T extends { id: string }>({
  title,
  lead,
  empty,
  items,
  error,
  refetch,
  renderItem,
}: {
  title: string;
  lead: string;
  empty: string;
  items: readonly T[] | undefined;
  error: ApiError | undefined;
  refetch: () => void;
  renderItem: (item: T, onDecided: (message: string) => void) => ReactNode;
}) {
  useDocumentTitle(title);
  const [decided, setDecided] = useState<string | null>(null);
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="muted">{lead}</p>
      </header>
      <div role="status" aria-live="polite" className="action-status">
        {decided ? <p className="alert alert--success">{decided}</p> : null}
      </div>
      {error ? (
        <ErrorMessage message={error.userMessage} onRetry={refetch} />
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <div className="empty card">
          <p className="empty__text">{empty}</p>
        </div>
      ) : (
        items.map((item) => <div key={item.id}>{renderItem(item, setDecided)}</div>)
      )}
    </div>
  );
}

/** Approve / reject, both disabled while a decision is being recorded. */
export function DecisionButtons({
  pending,
  decision,
  approveLabel,
  rejectLabel,
  onDecide,
}: {
  pending: boolean;
  decision: boolean | null;
  approveLabel: string;
  rejectLabel: string;
  onDecide: (approve: boolean) => void;
}) {
  return (
    <div className="actions">
      <button type="button" className="button button--primary" disabled={pending} aria-busy={pending && decision === true} onClick={() => onDecide(true)}>
        {approveLabel}
      </button>
      <button type="button" className="button button--danger" disabled={pending} aria-busy={pending && decision === false} onClick={() => onDecide(false)}>
        {rejectLabel}
      </button>
    </div>
  );
}
