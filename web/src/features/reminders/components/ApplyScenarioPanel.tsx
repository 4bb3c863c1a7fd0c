import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { fr } from '../../../i18n/fr';
import { formatDateTime } from '../../../lib/format-date-time';
import { formatPhone } from '../../../lib/format-phone';
import { useAction } from '../../../lib/use-action';
import { useApiQuery } from '../../../lib/use-api-query';
import { APPLY_SCENARIO_MUTATION } from '../graphql/mutations/apply-scenario.mutation';
import { PREVIEW_SCENARIO_QUERY } from '../graphql/queries/preview-scenario.query';
import { SCENARIOS_QUERY } from '../graphql/queries/scenarios.query';

/**
 * Choose a scenario, see every message it would send (rendered, with its date) and what it costs,
 * then confirm. Nothing is spent before the confirmation.
 */
export function ApplyScenarioPanel({ invoiceId, activeRun }: { invoiceId: string; activeRun: boolean }) {
  const t = fr.invoicePages.apply;
  const id = useId();
  const scenarios = useApiQuery(SCENARIOS_QUERY, {});
  const [scenarioId, setScenarioId] = useState('builtin-classic');
  const [previewed, setPreviewed] = useState<string | null>(null);
  const preview = useApiQuery(PREVIEW_SCENARIO_QUERY, { invoiceId, scenarioId: previewed ?? '' }, { skip: previewed === null });
  const apply = useAction(APPLY_SCENARIO_MUTATION, { refetchQueries: ['InvoiceDetail'], onSuccess: () => setPreviewed(null) });
  const data = previewed ? preview.data : undefined;
  const insufficient = data ? data.wallet.balance < data.previewScenario.tokenCost : false;

  function showPreview(event: FormEvent) {
    event.preventDefault();
    apply.reset();
    setPreviewed(scenarioId);
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="card__title">
        {t.heading}
      </h2>
      {activeRun ? <p className="notice">{t.activeRun}</p> : null}
      {activeRun ? null : (
        <form className="inline-form" onSubmit={showPreview}>
          <div className="field">
            <label htmlFor={`${id}-scenario`}>{t.scenario}</label>
            <select
              id={`${id}-scenario`}
              value={scenarioId}
              onChange={(e) => {
                setScenarioId(e.target.value);
                setPreviewed(null);
              }}
            >
              {(scenarios.data?.scenarios ?? [{ id: 'builtin-classic', name: '…' }]).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t.preview}
          </button>
        </form>
      )}
      {previewed && preview.error ? <ErrorMessage message={preview.error.userMessage} onRetry={preview.refetch} /> : null}
      {previewed && !data && !preview.error ? <Loading /> : null}
      {data ? (
        <div className="preview" aria-live="polite">
          <h3 className="preview__title">{t.previewHeading(data.previewScenario.messages.length)}</h3>
          <ol className="timeline">
            {data.previewScenario.messages.map((m) => (
              <li key={`${m.stepIndex}-${m.channel}`} className={`timeline__item timeline__item--${m.tone.toLowerCase()}`}>
                <div className="timeline__head">
                  <span className="timeline__what">
                    {fr.invoicePages.tone[m.tone]} · {fr.invoicePages.channel[m.channel]}
                  </span>
                  <span className="timeline__meta">{formatDateTime(m.scheduledAt)}</span>
                </div>
                <p className="timeline__meta">{fr.invoicePages.timeline.to(m.channel === 'SMS' ? formatPhone(m.toAddress) : m.toAddress)}</p>
                {m.status === 'SKIPPED' ? <p className="timeline__error">{t.skipped}</p> : null}
                {m.subject ? <p className="timeline__subject">{m.subject}</p> : null}
                <details className="timeline__content">
                  <summary>{fr.invoicePages.timeline.showContent}</summary>
                  <p className="timeline__body">{m.body}</p>
                </details>
              </li>
            ))}
          </ol>
          <p className="preview__cost">{t.cost(data.previewScenario.tokenCost, data.wallet.balance)}</p>
          {insufficient ? (
            <p className="alert alert--error">
              {t.notEnough} <Link to="/espace/jetons">{t.buyTokens}</Link>
            </p>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void apply.run({ input: { invoiceId, scenarioId: data.previewScenario.scenarioId } });
              }}
            >
              <SubmitButton pending={apply.pending} pendingLabel={t.confirmPending}>
                {t.confirm}
              </SubmitButton>
            </form>
          )}
        </div>
      ) : null}
      <ActionFeedback action={apply} pending={t.confirmPending} success={t.done} />
    </section>
  );
}
