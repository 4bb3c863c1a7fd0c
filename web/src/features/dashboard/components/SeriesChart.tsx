import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import './charts.css';

export interface ChartSeries {
  name: string;
  values: readonly number[];
  /** Bars sit side by side within a bucket; lines join the buckets' values. */
  kind: 'bar' | 'line';
  /** One of the palette slots of charts.css (--chart-1 … --chart-4). */
  tone: 1 | 2 | 3 | 4;
}

const DEFAULT_WIDTH = 640;
const HEIGHT = 240;
/** Room one axis label needs, in px: fewer labels on a phone. */
const LABEL_ROOM = 64;

/**
 * The chart is drawn in its real pixel width (not a fixed viewBox shrunk to fit), so its texts
 * keep their size on a 375 px phone.
 */
function useWidth<T extends Element>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(260, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
const PAD = { top: 12, right: 12, bottom: 28, left: 64 };
const MAX_TICKS = 5;

/**
 * Grid lines at a round step (1, 2, 2.5 or 5 × a power of ten; whole numbers for counts), as few
 * as cover the largest value in at most five lines.
 */
export function niceScale(max: number, integer = false): { step: number; ticks: number } {
  if (max <= 0) return { step: 1, ticks: 1 };
  const magnitude = 10 ** Math.floor(Math.log10(max / MAX_TICKS));
  for (const factor of [1, 2, 2.5, 5, 10, 20]) {
    const step = factor * magnitude;
    if (integer && !Number.isInteger(step)) continue;
    if (Math.ceil(max / step) <= MAX_TICKS) return { step, ticks: Math.ceil(max / step) };
  }
  return { step: 20 * magnitude, ticks: Math.ceil(max / (20 * magnitude)) };
}

/**
 * A small SVG chart for the dashboard series (no chart library: a few rectangles and a polyline).
 * It scales with its container through the viewBox. The figures are also given as a table,
 * visually hidden, for screen readers and for anyone who needs the exact values.
 */
export function SeriesChart({
  title,
  labels,
  series,
  formatValue,
  formatAxis = formatValue,
  integer = false,
}: {
  title: string;
  labels: readonly string[];
  series: readonly ChartSeries[];
  formatValue: (value: number) => string;
  formatAxis?: (value: number) => string;
  /** Counts: grid lines on whole numbers only. */
  integer?: boolean;
}) {
  const id = useId();
  const [boxRef, WIDTH] = useWidth<HTMLDivElement>();
  const scale = niceScale(Math.max(0, ...series.flatMap((s) => s.values)), integer);
  const top = scale.step * scale.ticks;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, labels.length);
  const y = (value: number) => PAD.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const bars = series.filter((s) => s.kind === 'bar');
  const barWidth = Math.min(28, (slot * 0.7) / Math.max(1, bars.length));
  // Label every bucket when they fit, else one in `labelEvery`.
  const labelEvery = Math.max(1, Math.ceil(labels.length / Math.max(2, Math.floor(plotWidth / LABEL_ROOM))));

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <ul className="chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name} className={`chart__key chart__key--${s.kind} chart-tone-${s.tone}`}>
            {s.name}
          </li>
        ))}
      </ul>
      <div ref={boxRef} className="chart__box">
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="presentation" aria-hidden="true" focusable="false">
        {Array.from({ length: scale.ticks + 1 }, (_, i) => {
          const value = scale.step * i;
          return (
            <g key={i} className="chart__grid">
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} />
              <text x={PAD.left - 8} y={y(value)} dy="0.32em" textAnchor="end">
                {formatAxis(value)}
              </text>
            </g>
          );
        })}
        {labels.map((label, i) =>
          i % labelEvery === 0 ? (
            <text key={label + i} className="chart__label" x={PAD.left + slot * (i + 0.5)} y={HEIGHT - 8} textAnchor="middle">
              {label}
            </text>
          ) : null,
        )}
        {bars.map((s, b) =>
          s.values.map((value, i) => {
            const x = PAD.left + slot * (i + 0.5) - (barWidth * bars.length) / 2 + barWidth * b;
            return <rect key={`${s.name}-${i}`} className={`chart__bar chart-tone-${s.tone}`} x={x} y={y(value)} width={barWidth - 2} height={PAD.top + plotHeight - y(value)} rx={2} />;
          }),
        )}
        {series
          .filter((s) => s.kind === 'line')
          .map((s) => {
            const points = s.values.map((value, i) => `${PAD.left + slot * (i + 0.5)},${y(value)}`);
            return (
              <g key={s.name} className={`chart__line chart-tone-${s.tone}`}>
                <polyline points={points.join(' ')} />
                {points.map((point, i) => {
                  const [cx, cy] = point.split(',');
                  return <circle key={i} cx={cx} cy={cy} r={3} />;
                })}
              </g>
            );
          })}
      </svg>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{/* bucket */}</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label + i}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.name}>{formatValue(s.values[i] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
