import { fr } from '../i18n/fr';

export function Pagination({
  page,
  pageCount,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  label,
  busy = false,
}: {
  page: number;
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label: string;
  busy?: boolean;
}) {
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button button--secondary" onClick={onPrevious} disabled={!hasPrevious || busy}>
        <span aria-hidden="true">← </span>
        {fr.pagination.previous}
      </button>
      <span className="pagination__status" aria-live="polite">
        {fr.pagination.page(page, pageCount)}
      </span>
      <button type="button" className="button button--secondary" onClick={onNext} disabled={!hasNext || busy}>
        {fr.pagination.next}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
