import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { fr } from '../../../i18n/fr';
import { formatDate, formatLegalForm, formatSiren, isoDay } from '../../../lib/format';
import type { CompanyDetails } from '../graphql/queries/company.query';
import { PublicPublications } from '../../publications/components/PublicPublications';
import { ClaimCallToAction } from './profile/ClaimCallToAction';
import { PaymentBehaviour } from './profile/PaymentBehaviour';
import { Recommendations } from './profile/Recommendations';
import { ScoreGauge } from './profile/ScoreGauge';
import { ScoreHistoryChart } from './profile/ScoreHistoryChart';
import { scoreSentence } from './profile/score-sentence';
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
  return (
    <section className={`card score-panel ${hasPublishableScore(score) ? gradeTone(score.grade) : 'grade-none'}`} aria-labelledby="score-heading">
      <h2 id="score-heading" className="card__title">
        {fr.company.scoreHeading}
      </h2>
      {hasPublishableScore(score) ? (
        <>
          <ScoreGauge score={score} />
          <p className="score-panel__sentence">{scoreSentence(score)}</p>
        </>
      ) : (
        <>
          <p className="score-panel__none">{fr.company.notEnoughData}</p>
          <p className="muted">{fr.company.notEnoughDataHint}</p>
        </>
      )}
      <p className="small">
        <Link to="/comprendre-le-score">{fr.profile.howItWorks}</Link>
      </p>
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
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading" className="card__title">
          {fr.profile.history.heading}
        </h2>
        {/* The history of a score not published yet would publish it anyway: same rule as the gauge. */}
        {hasPublishableScore(company.score) ? <ScoreHistoryChart points={company.scoreHistory} /> : <p className="muted">{fr.profile.history.notPublished}</p>}
      </section>
      <div className="company__grid">
        <PaymentBehaviour stats={company.stats} />
        <Recommendations recommendations={company.recommendations} />
      </div>
      <PublicPublications siren={company.siren} />
      <ClaimCallToAction siren={company.siren} />
    </article>
  );
}
