import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fr } from '../../../i18n/fr';
import { SEARCH_MIN_LENGTH, useCompanySearch } from '../hooks/use-company-search';
import { CompanySearchResults } from './CompanySearchResults';

const RESULTS_ID = 'company-search-results';

/** The search box and its instant results. The query lives in `?q=` so back/forward and links keep it. */
export function CompanySearch() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useCompanySearch(text);

  // Mirror the settled query into the URL without stacking one history entry per keystroke.
  useEffect(() => {
    const current = params.get('q') ?? '';
    if (current === search.query) return;
    setParams(search.query ? { q: search.query } : {}, { replace: true });
  }, [search.query, params, setParams]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && text) {
      event.preventDefault();
      setText('');
    } else if (event.key === 'ArrowDown') {
      const first = document.querySelector<HTMLAnchorElement>(`#${RESULTS_ID} a.result__link`);
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  const trimmed = text.trim();
  const announcement =
    search.status === 'loading'
      ? fr.search.searching
      : search.status === 'success'
        ? fr.search.count(search.totalCount ?? search.companies.length)
        : '';

  return (
    <div className="search">
      <form className="search__form" role="search" onSubmit={(e) => e.preventDefault()}>
        {/* The search is the page's purpose, so its label is the page's main heading. */}
        <h1 className="search__title">
          <label htmlFor="company-search">{fr.search.label}</label>
        </h1>
        <div className="search__box">
          <svg className="search__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M16.5 16.5L21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input
            ref={inputRef}
            id="company-search"
            className="search__input"
            type="search"
            name="q"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            autoFocus
            placeholder={fr.search.placeholder}
            aria-describedby="search-hint"
            aria-controls={search.companies.length > 0 ? RESULTS_ID : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
          {search.status === 'loading' ? <span className="spinner search__spinner" aria-hidden="true" /> : null}
        </div>
        <p id="search-hint" className="search__hint">
          {trimmed.length > 0 && trimmed.length < SEARCH_MIN_LENGTH ? fr.search.tooShort(SEARCH_MIN_LENGTH) : fr.search.hint}
        </p>
      </form>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {search.status === 'error' && search.error ? (
        <ErrorMessage message={search.error.userMessage} onRetry={search.retry} />
      ) : null}

      {search.status === 'success' || (search.status === 'loading' && search.companies.length > 0) ? (
        <div className={`search__results${search.status === 'loading' ? ' is-stale' : ''}`} aria-busy={search.status === 'loading'}>
          {search.companies.length === 0 ? (
            <div className="empty">
              <p className="empty__title">{fr.search.noResults(search.query)}</p>
              <p className="empty__text">{fr.search.noResultsHint}</p>
            </div>
          ) : (
            <>
              <h2 className="results__heading">
                {fr.search.count(search.totalCount ?? search.companies.length)}
                {search.totalCount !== null && search.totalCount > search.companies.length ? (
                  <span className="results__sub"> · {fr.search.shownOf(search.companies.length)}</span>
                ) : null}
              </h2>
              <CompanySearchResults companies={search.companies} id={RESULTS_ID} onLeaveTop={() => inputRef.current?.focus()} />
              {search.error && search.status === 'success' ? <ErrorMessage message={search.error.userMessage} /> : null}
              {search.hasNextPage ? (
                <button
                  type="button"
                  className="button button--secondary button--block"
                  onClick={search.loadMore}
                  disabled={search.loadingMore}
                  aria-busy={search.loadingMore}
                >
                  {search.loadingMore ? fr.search.loadingMore : fr.search.loadMore}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
