import { fr } from '../../../i18n/fr';

export interface TimelineStep {
  offsetDays: number;
  channel: string;
  tone: string;
}

/**
 * The steps placed on an axis of days around the due date (J). Each marker is a button that
 * selects its step, so the timeline is also the keyboard way to move between steps.
 */
export function StepTimeline({ steps, selected, onSelect }: { steps: readonly TimelineStep[]; selected: number; onSelect: (index: number) => void }) {
  const t = fr.scenarios.editor;
  const dated = steps.map((s, index) => ({ ...s, index })).filter((s) => s.tone !== 'THANKS');
  const offsets = [0, ...dated.map((s) => s.offsetDays)];
  const min = Math.min(...offsets) - 2;
  const max = Math.max(...offsets) + 2;
  const at = (days: number) => `${((days - min) / (max - min)) * 100}%`;
  const thanks = steps.map((s, index) => ({ ...s, index })).filter((s) => s.tone === 'THANKS');

  return (
    <div className="step-timeline" aria-label={t.timeline} role="group">
      <div className="step-timeline__axis">
        <span className="step-timeline__due" style={{ left: at(0) }}>
          {t.dueDay}
        </span>
        {dated.map((s, row) => (
          <button
            key={s.index}
            type="button"
            className={`step-timeline__marker step-timeline__marker--${s.tone.toLowerCase()}${s.index === selected ? ' is-selected' : ''}`}
            style={{ left: at(s.offsetDays), top: `${1.75 + (row % 3) * 1.9}rem` }}
            aria-pressed={s.index === selected}
            aria-label={`${t.step(s.index + 1)} : ${t.offsetLabel(s.offsetDays)}, ${fr.invoicePages.tone[s.tone] ?? s.tone}, ${fr.invoicePages.channel[s.channel] ?? s.channel}`}
            onClick={() => onSelect(s.index)}
          >
            {t.offsetLabel(s.offsetDays)} · {fr.invoicePages.channel[s.channel] ?? s.channel}
          </button>
        ))}
      </div>
      {thanks.map((s) => (
        <button
          key={s.index}
          type="button"
          className={`toggle-pill step-timeline__thanks${s.index === selected ? ' toggle-pill--active' : ''}`}
          aria-pressed={s.index === selected}
          onClick={() => onSelect(s.index)}
        >
          {fr.invoicePages.tone.THANKS} · {fr.invoicePages.channel[s.channel] ?? s.channel}
        </button>
      ))}
    </div>
  );
}
