import { useId, useState, type FormEvent } from 'react';
import { fr } from '../../../i18n/fr';
import { PRESETS, type Granularity, type Period, type PresetId } from '../domain/period';

/**
 * Presets as a row of toggle buttons, and a custom range form. Changing either updates the
 * address (the page owns it), so a period can be bookmarked and shared with colleagues.
 */
export function PeriodPicker({
  period,
  preset,
  onPreset,
  onCustom,
}: {
  period: Period;
  preset: PresetId | null;
  onPreset: (preset: PresetId) => void;
  onCustom: (period: Period) => void;
}) {
  const t = fr.dashboard.period;
  const id = useId();
  const [draft, setDraft] = useState(period);
  const [shownFor, setShownFor] = useState(period);
  // A new period from outside (a preset, the back button) resets the form's fields.
  if (shownFor.from !== period.from || shownFor.to !== period.to || shownFor.granularity !== period.granularity) {
    setShownFor(period);
    setDraft(period);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onCustom(draft);
  }

  return (
    <div className="period-picker">
      <div className="period-picker__presets" role="group" aria-label={t.legend}>
        {PRESETS.map((p) => (
          <button key={p} type="button" className={`toggle-pill${preset === p ? ' toggle-pill--active' : ''}`} aria-pressed={preset === p} onClick={() => onPreset(p)}>
            {t.presets[p]}
          </button>
        ))}
      </div>
      <form className="period-picker__custom" onSubmit={submit} aria-label={t.custom}>
        <div className="field field--inline">
          <label htmlFor={`${id}-from`}>{t.from}</label>
          <input id={`${id}-from`} type="date" required value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field field--inline">
          <label htmlFor={`${id}-to`}>{t.to}</label>
          <input id={`${id}-to`} type="date" required value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="field field--inline">
          <label htmlFor={`${id}-by`}>{t.granularity}</label>
          <select id={`${id}-by`} value={draft.granularity} onChange={(e) => setDraft({ ...draft, granularity: e.target.value as Granularity })}>
            <option value="WEEK">{t.week}</option>
            <option value="MONTH">{t.month}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t.apply}
        </button>
      </form>
    </div>
  );
}
