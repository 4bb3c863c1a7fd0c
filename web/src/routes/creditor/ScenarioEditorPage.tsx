import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ActionFeedback, SubmitButton } from '../../components/ActionFeedback';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useSession } from '../../features/auth/hooks/use-session';
import { StepEditor, type StepDraft } from '../../features/reminders/components/StepEditor';
import { StepTimeline } from '../../features/reminders/components/StepTimeline';
import '../../features/reminders/components/reminders.css';
import '../../features/reminders/components/scenarios.css';
import { SAVE_SCENARIO_MUTATION } from '../../features/reminders/graphql/mutations/save-scenario.mutation';
import { SCENARIOS_QUERY, type Scenario } from '../../features/reminders/graphql/queries/scenarios.query';
import { fr } from '../../i18n/fr';
import { useAction } from '../../lib/use-action';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';

const NEW_STEP: StepDraft = { offsetDays: 7, channel: 'EMAIL', tone: 'BAD', subject: 'Facture {{invoiceNumber}} impayée', body: 'Bonjour,\n\nSauf erreur de notre part, la facture {{invoiceNumber}} de {{amount}} arrivée à échéance le {{dueDate}} reste impayée.\n\n{{legalFooter}}', deadlineDays: null, requiresApproval: false };

interface Draft {
  name: string;
  description: string;
  steps: StepDraft[];
}

function draftOf(scenario: Scenario | undefined, copy: boolean): Draft {
  if (!scenario) return { name: '', description: '', steps: [{ ...NEW_STEP }] };
  return {
    name: copy ? `${scenario.name} (copie)` : scenario.name,
    description: scenario.description,
    steps: scenario.steps.map((s) => ({ ...s, deadlineDays: s.deadlineDays ?? null })),
  };
}

/**
 * Edits one of the creditor's scenarios (`/espace/scenarios/:id`), or a new one, empty or copied
 * from another (`/espace/scenarios/nouveau?depuis=builtin-classic`).
 */
export function ScenarioEditorPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const sourceId = id ?? params.get('depuis') ?? undefined;
  const query = useApiQuery(SCENARIOS_QUERY, {});
  const scenario = query.data?.scenarios.find((s) => s.id === sourceId);
  const editing = id !== undefined && scenario !== undefined && !scenario.builtIn;
  useDocumentTitle(editing ? fr.scenarios.editor.titleEdit(scenario.name) : fr.scenarios.editor.titleNew);

  if (query.error) return <ErrorMessage message={query.error.userMessage} onRetry={query.refetch} />;
  if (!query.data) return <Loading />;
  if (id !== undefined && (!scenario || scenario.builtIn)) {
    return (
      <div className="page">
        <ErrorMessage message={fr.scenarios.editor.notFound} />
      </div>
    );
  }
  return (
    <Editor
      key={sourceId ?? 'new'}
      initial={draftOf(scenario, !editing)}
      scenarioId={editing ? scenario.id : null}
      variables={scenario?.variables ?? query.data.scenarios[0]?.variables ?? []}
      justSaved={justSaved}
    />
  );
}

function Editor({ initial, scenarioId, variables, justSaved }: { initial: Draft; scenarioId: string | null; variables: readonly string[]; justSaved: boolean }) {
  const t = fr.scenarios.editor;
  const navigate = useNavigate();
  const creditorName = useSession().me?.activeCompany?.name ?? '';
  const [draft, setDraft] = useState(initial);
  const [selected, setSelected] = useState(0);
  const save = useAction(SAVE_SCENARIO_MUTATION, {
    refetchQueries: ['Scenarios'],
    // A new scenario gets its own address; the page there says it was saved.
    onSuccess: (data) => {
      if (!scenarioId) navigate(`/espace/scenarios/${data.saveScenario.id}`, { replace: true, state: { saved: true } });
    },
  });
  const step = draft.steps[selected];

  function setStep(index: number, next: StepDraft) {
    setDraft({ ...draft, steps: draft.steps.map((s, i) => (i === index ? next : s)) });
  }

  function addStep() {
    const last = draft.steps.filter((s) => s.tone !== 'THANKS').at(-1);
    const steps = [...draft.steps, { ...NEW_STEP, offsetDays: (last?.offsetDays ?? 0) + 7 }];
    setDraft({ ...draft, steps });
    setSelected(steps.length - 1);
  }

  function removeStep() {
    const steps = draft.steps.filter((_, i) => i !== selected);
    setDraft({ ...draft, steps });
    setSelected(Math.max(0, selected - 1));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run({
      input: {
        ...(scenarioId ? { id: scenarioId } : {}),
        name: draft.name,
        description: draft.description,
        steps: draft.steps.map((s) => ({
          offsetDays: s.offsetDays,
          channel: s.channel,
          tone: s.tone,
          subject: s.channel === 'EMAIL' ? s.subject : '',
          body: s.body,
          deadlineDays: s.tone === 'ULTIMATUM' ? s.deadlineDays : null,
          requiresApproval: s.requiresApproval,
        })),
      },
    });
  }

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/espace/scenarios">{t.back}</Link>
      </p>
      <h1 className="page__title">{scenarioId ? t.titleEdit(initial.name) : t.titleNew}</h1>
      <form className="scenario-editor" onSubmit={submit}>
        <div className="card form">
          <div className="field">
            <label htmlFor="scenario-name">{t.name}</label>
            <input id="scenario-name" required maxLength={80} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="scenario-description">{t.description}</label>
            <input id="scenario-description" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          </div>
        </div>
        <section className="card" aria-labelledby="timeline-h">
          <h2 id="timeline-h" className="card__title">
            {t.timeline}
          </h2>
          <StepTimeline steps={draft.steps} selected={selected} onSelect={setSelected} />
          <div className="toolbar">
            <button type="button" className="button button--secondary" onClick={addStep}>
              {t.addStep}
            </button>
            {draft.steps.length > 1 ? (
              <button type="button" className="button button--ghost" onClick={removeStep}>
                {t.removeStep}
              </button>
            ) : null}
          </div>
        </section>
        {step ? <StepEditor key={selected} step={step} index={selected} variables={variables} creditorName={creditorName} onChange={(next) => setStep(selected, next)} /> : null}
        <div className="form-actions">
          <SubmitButton pending={save.pending} pendingLabel={t.pending}>
            {t.save}
          </SubmitButton>
          {justSaved && save.status === 'idle' ? (
            <p role="status" className="alert alert--success">
              {t.done}
            </p>
          ) : (
            <ActionFeedback action={save} pending={t.pending} success={t.done} />
          )}
        </div>
      </form>
    </div>
  );
}
