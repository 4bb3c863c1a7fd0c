import type { ReactNode } from 'react';
import { fr } from '../../../i18n/fr';
import { formatDate, formatLegalForm, formatPercent, formatScore, formatSiren, isoDay } from '../../../lib/format';
import type { CompanyDetails } from '../graphql/queries/company.query';
import { gradeTone, hasPublishableScore } from './ScoreBadge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">{fr.company.unknownValue}</span>}</dd>
    </div>
  );
}

function ScorePanel({ company }: { company: CompanyDetails }) {
  const score = company.score;
  if (!hasPublishableScore(score)) {
    return (
      <section className="card score-panel score-panel--empty" aria-labelledby="score-heading">
        <h2 id="score-heading" className="card__title">
          {fr.company.scoreHeading}
        </h2>
        <p className="score-panel__none">{fr.company.notEnoughData}</p>
        <p className="muted">{fr.company.notEnoughDataHint}</p>
      </section>
    );
  }
  const value = formatScore(score.value);
  const clamped = Math.max(0, Math.min(100, score.value));
  return (
    <section className={`card score-panel ${gradeTone(score.grade)}`} aria-labelledby="score-heading">
      <h2 id="score-heading" className="card__title">
        {fr.company.scoreHeading}
      </h2>
      <div className="score-panel__figure">
        <p className="score-panel__value" aria-label={fr.company.scoreLabel(value, score.grade)}>
          <span aria-hidden="true">{value}</span>
          <span className="score-panel__outof" aria-hidden="true">
            {' '}
            {fr.company.scoreOutOf}
          </span>
        </p>
        <span className="score-panel__grade" aria-hidden="true">
          {fr.company.grade(score.grade)}
        </span>
      </div>
      <div className="gauge" aria-hidden="true">
        <div className="gauge__fill" style={{ width: `${clamped}%` }} />
      </div>
      <p className="score-panel__confidence">{fr.company.confidence(formatPercent(score.confidence))}</p>
      <p className="muted small">{fr.company.scoreExplanation}</p>
    </section>
  );
}

export function CompanyProfile({ company }: { company: CompanyDetails }) {
  return (
    <article className="company">
      <header className="company__header">
        <h1 className="company__name">{company.name}</h1>
        <p className="company__sub">
          <span>
            {fr.company.siren} {formatSiren(company.siren)}
          </span>
          <span className={`tag ${company.active ? 'tag--ok' : 'tag--muted'}`}>
            {company.active ? fr.company.active : fr.company.closed}
          </span>
        </p>
      </header>
      <div className="company__grid">
        <ScorePanel company={company} />
        <section className="card" aria-labelledby="identity-heading">
          <h2 id="identity-heading" className="card__title">
            {fr.company.identity}
          </h2>
          <dl className="facts">
            <Fact label={fr.company.siren}>{formatSiren(company.siren)}</Fact>
            <Fact label={fr.company.legalForm}>{company.legalForm ? formatLegalForm(company.legalForm) : null}</Fact>
            <Fact label={fr.company.activityCode}>{company.activityCode}</Fact>
            <Fact label={fr.company.city}>{company.city}</Fact>
            <Fact label={fr.company.createdOn}>
              {company.createdOn ? <time dateTime={isoDay(company.createdOn)}>{formatDate(company.createdOn)}</time> : null}
            </Fact>
            <Fact label={fr.company.status}>{company.active ? fr.company.active : fr.company.closed}</Fact>
          </dl>
        </section>
      </div>
    </article>
  );
}
