/**
 * Goal-hit rate and plan rate by week as an inline SVG built from Preact elements (no HTML strings). Screen readers
 * get role="img" with a title and description; the same numbers are in the table right after the chart.
 */
import type { BreakdownRow } from '../../shared/report/compute-report';
import type { Rate } from '../../shared/report/rate';
import { fraction, percent } from '../format';

export interface TrendChartProps {
  weeks: readonly BreakdownRow[];
}

export const CHART = { width: 640, height: 220, left: 44, right: 12, top: 12, bottom: 36 } as const;

type Point = [x: number, y: number];

/** Points of one series; a week with nothing to divide breaks the line rather than drawing a false 0 %. */
export function seriesSegments(rates: readonly Rate[]): Point[][] {
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const step = rates.length > 1 ? plotW / (rates.length - 1) : 0;
  const segments: Point[][] = [];
  let current: Point[] = [];
  rates.forEach((rate, i) => {
    if (rate.value === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    const x = CHART.left + (rates.length > 1 ? i * step : plotW / 2);
    current.push([Math.round(x * 10) / 10, Math.round((CHART.top + (1 - rate.value) * plotH) * 10) / 10]);
  });
  if (current.length > 0) segments.push(current);
  return segments;
}

function Series({ rates, className }: { rates: readonly Rate[]; className: string }) {
  return (
    <g class={className}>
      {seriesSegments(rates).map((points, i) => (
        <g key={i}>
          {points.length > 1 && <polyline fill="none" points={points.map((p) => p.join(',')).join(' ')} />}
          {points.map(([x, y]) => (
            <circle key={`${x},${y}`} cx={x} cy={y} r={3} />
          ))}
        </g>
      ))}
    </g>
  );
}

export function TrendChart({ weeks }: TrendChartProps) {
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const summary = weeks.length === 0
    ? 'No weeks with calls in this range.'
    : `${weeks.length} weeks from ${weeks[0]?.label} to ${weeks[weeks.length - 1]?.label}. ` +
      weeks.map((w) => `${w.label}: goal-hit ${percent(w.goalHitRate)}, plan ${percent(w.planRate)}`).join('; ') + '.';
  return (
    <figure class="trend" data-testid="trend">
      <svg role="img" aria-labelledby="trend-title trend-desc" viewBox={`0 0 ${CHART.width} ${CHART.height}`} data-testid="trend-chart">
        <title id="trend-title">Goal-hit rate and plan rate by week</title>
        <desc id="trend-desc">{summary}</desc>
        {[0, 0.5, 1].map((v) => (
          <g key={v} class="grid">
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={CHART.top + (1 - v) * plotH} y2={CHART.top + (1 - v) * plotH} />
            <text x={CHART.left - 6} y={CHART.top + (1 - v) * plotH + 4} text-anchor="end">{`${v * 100}%`}</text>
          </g>
        ))}
        <Series rates={weeks.map((w) => w.goalHitRate)} className="series-hit" />
        <Series rates={weeks.map((w) => w.planRate)} className="series-plan" />
        {weeks.length > 0 && (
          <g class="axis">
            <text x={CHART.left} y={CHART.height - 10}>{weeks[0]?.label}</text>
            <text x={CHART.width - CHART.right} y={CHART.height - 10} text-anchor="end">{weeks[weeks.length - 1]?.label}</text>
          </g>
        )}
      </svg>
      <figcaption>
        <span class="key key-hit">Goal-hit rate</span> <span class="key key-plan">Plan rate</span> (weeks with nothing to count are gaps)
      </figcaption>
      <table data-testid="trend-data">
        <caption>Data behind the chart</caption>
        <thead>
          <tr><th scope="col">Week</th><th scope="col">Goal-hit rate</th><th scope="col">Plan rate</th></tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.key}>
              <th scope="row">{w.label}</th>
              <td>{percent(w.goalHitRate)} ({fraction(w.goalHitRate)})</td>
              <td>{percent(w.planRate)} ({fraction(w.planRate)})</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
