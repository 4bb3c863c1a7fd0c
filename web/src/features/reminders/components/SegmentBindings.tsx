import { useId, useState, type FormEvent } from 'react';
import { ActionFeedback, SubmitButton } from '../../../components/ActionFeedback';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { fr } from '../../../i18n/fr';
import { useAction } from '../../../lib/use-action';
import { useApiQuery } from '../../../lib/use-api-query';
import { BIND_SCENARIO_TO_SEGMENT_MUTATION } from '../graphql/mutations/bind-scenario-to-segment.mutation';
import { SEGMENT_BINDINGS_QUERY } from '../graphql/queries/segment-bindings.query';
import type { Scenario } from '../graphql/queries/scenarios.query';

type Segment = 'GOOD_PAYERS' | 'KEY_ACCOUNTS' | 'LATE_PAYERS';

function BindingForm({ segment, current, scenarios }: { segment: Segment; current: string; scenarios: readonly Scenario[] }) {
  const t = fr.scenarios.segments;
  const id = useId();
  const [choice, setChoice] = useState(current);
  const action = useAction(BIND_SCENARIO_TO_SEGMENT_MUTATION, { refetchQueries: ['SegmentBindings'] });
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run({ input: { segment, scenarioId: choice } });
  }
  return (
    <form className="inline-form segment-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t.scenarioFor(t.names[segment] ?? segment)}</label>
        <select id={`${id}-s`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pending={action.pending} pendingLabel={t.pending} variant="secondary">
        {t.save}
      </SubmitButton>
      <ActionFeedback action={action} pending={t.pending} success={t.done} />
    </form>
  );
}

/** Which scenario each client segment gets when reminders start without a chosen scenario. */
export function SegmentBindings({ scenarios }: { scenarios: readonly Scenario[] }) {
  const t = fr.scenarios.segments;
  const query = useApiQuery(SEGMENT_BINDINGS_QUERY, {});
  return (
    <section className="card" aria-labelledby="segments-h">
      <h2 id="segments-h" className="card__title">
        {t.heading}
      </h2>
      <p className="muted">{t.lead}</p>
      {query.error ? <ErrorMessage message={query.error.userMessage} onRetry={query.refetch} /> : null}
      {query.data?.segmentBindings.map((b) => <BindingForm key={b.segment} segment={b.segment} current={b.scenarioId} scenarios={scenarios} />)}
    </section>
  );
}
