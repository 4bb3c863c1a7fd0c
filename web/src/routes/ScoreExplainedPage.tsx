import { ExplainPage } from '../components/ExplainPage';
import { fr } from '../i18n/fr';
import { gradeTone } from '../features/companies/components/ScoreBadge';

export function ScoreExplainedPage() {
  const t = fr.explain.score;
  return (
    <ExplainPage title={t.title} lead={t.lead} sections={t.sections}>
      <section className="prose__section" aria-labelledby="grades-heading">
        <h2 id="grades-heading">{t.gradesHeading}</h2>
        <ul className="grades">
          {t.grades.map((g) => (
            <li key={g.grade} className={`grades__item ${gradeTone(g.grade)}`}>
              <span className="grades__letter" aria-hidden="true">
                {g.grade}
              </span>
              <span>
                <strong>
                  <span className="visually-hidden">{`Note ${g.grade}, `}</span>
                  {g.range}
                </strong>{' '}
                — {g.text}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </ExplainPage>
  );
}
