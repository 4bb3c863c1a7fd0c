import { fr } from '../../../../i18n/fr';
import { formatPercent, formatScore, scoreOn1000 } from '../../../../lib/format';
import type { CompanyScore } from '../../graphql/fragments/company-summary.fragment';
import { gradeTone } from '../ScoreBadge';

/** The grade bands on the 0–1000 scale (scoring/README.md: A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35). */
export const GRADE_BANDS = [
  { grade: 'E', from: 0, to: 350 },
  { grade: 'D', from: 350, to: 500 },
  { grade: 'C', from: 500, to: 650 },
  { grade: 'B', from: 650, to: 800 },
  { grade: 'A', from: 800, to: 1000 },
] as const;

const CX = 100;
const CY = 100;
const R = 80;

/** A point of the half circle: 0 on the left, 1000 on the right, through the top. */
function point(score: number, radius = R): [number, number] {
  const angle = Math.PI * (1 - Math.max(0, Math.min(1000, score)) / 1000);
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}

function arc(from: number, to: number): string {
  const [x1, y1] = point(from);
  const [x2, y2] = point(to);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${R} ${R} 0 0 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

/** Half-circle gauge 0–1000 coloured by grade band, with the score, its grade and its reliability. */
export function ScoreGauge({ score }: { score: CompanyScore }) {
  const value = scoreOn1000(score.value);
  const [nx, ny] = point(value, R - 22);
  const label = fr.profile.gauge.title(formatScore(score.value), score.grade);
  return (
    <div className={`gauge-block ${gradeTone(score.grade)}`}>
      <svg className="score-gauge" viewBox="0 0 200 112" role="img" aria-label={label}>
        {GRADE_BANDS.map((band) => (
          <path key={band.grade} d={arc(band.from + 2, band.to - 2)} className={`score-gauge__band score-gauge__band--${band.grade.toLowerCase()}`} />
        ))}
        <line x1={CX} y1={CY} x2={nx} y2={ny} className="score-gauge__needle" />
        <circle cx={CX} cy={CY} r="5" className="score-gauge__hub" />
        <text x="20" y="111" className="score-gauge__tick" textAnchor="middle">
          0
        </text>
        <text x="180" y="111" className="score-gauge__tick" textAnchor="middle">
          1000
        </text>
      </svg>
      <p className="gauge-block__figure" aria-hidden="true">
        <span className="gauge-block__value">{formatScore(score.value)}</span>
        <span className="gauge-block__outof">{fr.profile.gauge.outOf}</span>
        <span className="gauge-block__grade">{fr.company.grade(score.grade)}</span>
      </p>
      <div className="confidence">
        <p className="confidence__label">
          {fr.profile.gauge.confidenceLabel} : <strong>{formatPercent(score.confidence)}</strong>
        </p>
        <div className="confidence__bar" aria-hidden="true">
          <div className="confidence__fill" style={{ width: `${Math.round(score.confidence * 100)}%` }} />
        </div>
        <p className="muted small">{fr.profile.gauge.confidenceHint}</p>
      </div>
    </div>
  );
}
