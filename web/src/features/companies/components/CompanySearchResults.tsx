import type { KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { fr } from '../../../i18n/fr';
import { formatLegalForm, formatSiren } from '../../../lib/format';
import type { CompanySummary } from '../graphql/fragments/company-summary.fragment';
import { ScoreBadge } from './ScoreBadge';

/** Up/down arrows move between result links; up from the first goes back to the search box. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>, onLeaveTop: () => void) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.result__link'));
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowUp' && index === 0) onLeaveTop();
  else links[Math.min(links.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
}

export function CompanySearchResults({
  companies,
  id,
  onLeaveTop,
}: {
  companies: CompanySummary[];
  id?: string;
  onLeaveTop: () => void;
}) {
  return (
    <ul className="results" id={id} onKeyDown={(e) => moveFocus(e, onLeaveTop)}>
      {companies.map((company) => (
        <li key={company.siren} className="result">
          <Link className="result__link" to={`/entreprises/${company.siren}`}>
            <span className="result__main">
              <span className="result__name">{company.name}</span>
              <span className="result__meta">
                <span>
                  {fr.company.siren} {formatSiren(company.siren)}
                </span>
                {company.city ? <span>{company.city}</span> : null}
                {company.legalForm ? <span>{formatLegalForm(company.legalForm)}</span> : null}
                {company.active ? null : <span className="tag tag--muted">{fr.company.closed}</span>}
              </span>
            </span>
            <ScoreBadge score={company.score} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
