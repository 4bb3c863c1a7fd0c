import { Link } from 'react-router-dom';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SegmentBindings } from '../../features/reminders/components/SegmentBindings';
import '../../features/reminders/components/scenarios.css';
import { SCENARIOS_QUERY } from '../../features/reminders/graphql/queries/scenarios.query';
import { fr } from '../../i18n/fr';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The scenarios the creditor can apply, built-in and its own, and which segment gets which. */
export function ScenariosPage() {
  useDocumentTitle(fr.scenarios.title);
  const t = fr.scenarios;
  const query = useApiQuery(SCENARIOS_QUERY, {});
  const scenarios = query.data?.scenarios;
  return (
    <div className="page">
      <header className="page__header page__header--actions">
        <div>
          <h1 className="page__title">{t.heading}</h1>
          <p className="muted">{t.lead}</p>
        </div>
        <Link className="button button--primary" to="/espace/scenarios/nouveau">
          {t.create}
        </Link>
      </header>
      {query.error ? (
        <ErrorMessage message={query.error.userMessage} onRetry={query.refetch} />
      ) : !scenarios ? (
        <Loading />
      ) : (
        <>
          <ul className="scenario-list">
            {scenarios.map((s) => (
              <li key={s.id} className="card scenario-card">
                <div className="scenario-card__head">
                  <h2 className="scenario-card__name">{s.name}</h2>
                  <span className={`tag ${s.builtIn ? 'tag--muted' : 'tag--info'}`}>{s.builtIn ? t.builtIn : t.own}</span>
                </div>
                {s.description ? <p className="muted small">{s.description}</p> : null}
                <ol className="scenario-card__steps" aria-label={t.steps(s.steps.length)}>
                  {s.steps.map((step, i) => (
                    <li key={i} className={`step-pill step-pill--${step.tone.toLowerCase()}`}>
                      {step.tone === 'THANKS' ? fr.invoicePages.tone.THANKS : t.editor.offsetLabel(step.offsetDays)} · {fr.invoicePages.channel[step.channel]}
                    </li>
                  ))}
                </ol>
                <p>
                  {s.builtIn ? (
                    <Link to={`/espace/scenarios/nouveau?depuis=${encodeURIComponent(s.id)}`} aria-label={`${t.copy} : ${s.name}`}>
                      {t.copy}
                    </Link>
                  ) : (
                    <Link to={`/espace/scenarios/${s.id}`} aria-label={`${t.edit} : ${s.name}`}>
                      {t.edit}
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <SegmentBindings scenarios={scenarios} />
        </>
      )}
    </div>
  );
}
