import { useId, useRef } from 'react';
import { fr } from '../../../i18n/fr';
import { insertVariable, renderSample } from '../domain/sample-render';

export interface StepDraft {
  offsetDays: number;
  channel: 'EMAIL' | 'SMS' | 'CALL';
  tone: 'GOOD' | 'BAD' | 'ULTIMATUM' | 'THANKS';
  subject: string;
  body: string;
  deadlineDays: number | null;
  requiresApproval: boolean;
}

/** One step: when, how, in which tone, and its text with a variable picker and a live preview. */
export function StepEditor({
  step,
  index,
  variables,
  creditorName,
  onChange,
}: {
  step: StepDraft;
  index: number;
  variables: readonly string[];
  creditorName: string;
  onChange: (step: StepDraft) => void;
}) {
  const t = fr.scenarios.editor;
  const id = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const pickRef = useRef<HTMLSelectElement>(null);
  const set = <K extends keyof StepDraft>(key: K, value: StepDraft[K]) => onChange({ ...step, [key]: value });
  const context = { creditorName, offsetDays: step.offsetDays, deadlineDays: step.deadlineDays };

  function insert() {
    const name = pickRef.current?.value;
    const area = bodyRef.current;
    if (!name || !area) return;
    const next = insertVariable(step.body, name, area.selectionStart, area.selectionEnd);
    set('body', next.text);
    requestAnimationFrame(() => {
      area.focus();
      area.setSelectionRange(next.caret, next.caret);
    });
  }

  return (
    <fieldset className="fieldset step-editor">
      <legend>{t.step(index + 1)}</legend>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-offset`}>{t.offset}</label>
          <input
            id={`${id}-offset`}
            type="number"
            step={1}
            min={-60}
            max={120}
            value={step.offsetDays}
            disabled={step.tone === 'THANKS'}
            onChange={(e) => set('offsetDays', Number(e.target.value))}
            aria-describedby={`${id}-offset-hint`}
          />
          <p id={`${id}-offset-hint`} className="field__hint">
            {t.offsetHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t.channel}</label>
          <select id={`${id}-channel`} value={step.channel} onChange={(e) => set('channel', e.target.value as StepDraft['channel'])}>
            {(['EMAIL', 'SMS', 'CALL'] as const).map((c) => (
              <option key={c} value={c}>
                {fr.invoicePages.channel[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tone`}>{t.tone}</label>
          <select id={`${id}-tone`} value={step.tone} onChange={(e) => set('tone', e.target.value as StepDraft['tone'])}>
            {(['GOOD', 'BAD', 'ULTIMATUM', 'THANKS'] as const).map((tone) => (
              <option key={tone} value={tone}>
                {fr.invoicePages.tone[tone]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {step.tone === 'ULTIMATUM' ? (
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-deadline`}>{t.deadline}</label>
            <input id={`${id}-deadline`} type="number" min={1} max={60} value={step.deadlineDays ?? ''} onChange={(e) => set('deadlineDays', e.target.value === '' ? null : Number(e.target.value))} />
          </div>
        </div>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={step.requiresApproval} onChange={(e) => set('requiresApproval', e.target.checked)} /> {t.approval}
      </label>
      {step.channel === 'EMAIL' ? (
        <div className="field">
          <label htmlFor={`${id}-subject`}>{t.subject}</label>
          <input id={`${id}-subject`} value={step.subject} onChange={(e) => set('subject', e.target.value)} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-body`}>{t.body}</label>
        <textarea id={`${id}-body`} ref={bodyRef} rows={6} value={step.body} onChange={(e) => set('body', e.target.value)} />
      </div>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-var`}>{t.variable}</label>
          <select id={`${id}-var`} ref={pickRef} defaultValue={variables[0]}>
            {variables.map((name) => (
              <option key={name} value={name}>
                {t.variables[name] ?? name} — {`{{${name}}}`}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={insert}>
          {t.insert}
        </button>
      </div>
      <section className="step-preview" aria-label={t.preview} aria-live="polite">
        <p className="step-preview__label">
          {t.preview} <span className="muted small">— {t.previewNote}</span>
        </p>
        {step.channel === 'EMAIL' && step.subject ? <p className="timeline__subject">{renderSample(step.subject, context)}</p> : null}
        <p className="timeline__body">{renderSample(step.body, context)}</p>
      </section>
    </fieldset>
  );
}
