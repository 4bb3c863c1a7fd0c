import { useId } from 'react';
import { fr } from '../../../../i18n/fr';
import { formatDate, formatScore, scoreOn1000 } from '../../../../lib/format';
import type { ScorePoint } from '../../graphql/queries/company.query';
import { GRADE_BANDS } from './ScoreGauge';

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 28;
const DAY = 86_400_000;

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });
const monthYearFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function dayMs(day: string): number {
  return Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
}

/** The last point of each calendar month: what the table under the chart lists. */
export function monthEnds(points: readonly ScorePoint[]): ScorePoint[] {
  const byMonth = new Map<string, ScorePoint>();
  for (const p of points) byMonth.set(p.day.slice(0, 7), p);
  return [...byMonth.values()];
}

/**
 * Twelve months of daily scores as a plain SVG line over the grade bands (no chart library), with
 * the same data as a table for screen readers and anyone who prefers numbers.
 */
export function ScoreHistoryChart({ points }: { points: readonly ScorePoint[] }) {
  const titleId = useId();
  if (points.length < 2) return <p className="muted">{fr.profile.history.empty}</p>;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const start = dayMs(first.day);
  const span = Math.max(DAY, dayMs(last.day) - start);
  const x = (day: string) => LEFT + ((dayMs(day) - start) / span) * (WIDTH - LEFT - RIGHT);
  const y = (score1000: number) => TOP + (1 - score1000 / 1000) * (HEIGHT - TOP - BOTTOM);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(p.day).toFixed(1)} ${y(scoreOn1000(p.value)).toFixed(1)}`).join(' ');
  const ticks = monthEnds(points)
    .map((p) => `${p.day.slice(0, 7)}-01`)
    .filter((d) => dayMs(d) >= start);

  return (
    <figure className="history">
      <svg className="history__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>
          {fr.profile.history.chartLabel(formatDate(first.day), formatDate(last.day), formatScore(first.value), formatScore(last.value))}
        </title>
        {GRADE_BANDS.map((band) => (
          <rect
            key={band.grade}
            x={LEFT}
            width={WIDTH - LEFT - RIGHT}
            y={y(band.to)}
            height={y(band.from) - y(band.to)}
            className={`history__band history__band--${band.grade.toLowerCase()}`}
          />
        ))}
        {[0, 200, 400, 600, 800, 1000].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} className="history__grid" />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="history__axis">
              {v}
            </text>
          </g>
        ))}
        {ticks.map((d) => (
          <text key={d} x={x(d)} y={HEIGHT - 8} textAnchor="middle" className="history__axis">
            {monthFormat.format(new Date(dayMs(d)))}
          </text>
        ))}
        <path d={path} className="history__line" />
        <circle cx={x(last.day)} cy={y(scoreOn1000(last.value))} r="4" className="history__dot" />
      </svg>
      <details className="history__details">
        <summary>{fr.profile.history.tableToggle}</summary>
        <table className="table table--compact">
          <caption className="visually-hidden">{fr.profile.history.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{fr.profile.history.month}</th>
              <th scope="col" className="num">
                {fr.profile.history.score}
              </th>
              <th scope="col">{fr.profile.history.grade}</th>
            </tr>
          </thead>
          <tbody>
            {monthEnds(points).map((p) => (
              <tr key={p.day}>
                <th scope="row">{monthYearFormat.format(new Date(dayMs(p.day)))}</th>
                <td className="num">{formatScore(p.value)}</td>
                <td>{p.grade}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
