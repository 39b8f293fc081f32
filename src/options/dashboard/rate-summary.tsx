import type { Metrics, Rate } from '../../shared/report/rate';
import { fraction, percent } from '../format';

export interface RateSummaryProps {
  totals: Metrics;
}

/** Each rate with what it divides, as the manager must read it (issue 7). */
export const RATE_DEFINITIONS = {
  planRate: 'Dials with a stated goal ÷ all dials the gate saw (with or without a goal).',
  goalHitRate: 'Connected calls whose goal was met ÷ connected calls that had a goal.',
  goalPartlyRate: 'Connected calls whose goal was partly met ÷ the same connected calls with a goal.',
  followUpOnTime: 'Follow-ups marked done by their due time ÷ follow-ups due so far.',
} as const;

const RATES: { key: keyof typeof RATE_DEFINITIONS; label: string }[] = [
  { key: 'planRate', label: 'Plan rate' },
  { key: 'goalHitRate', label: 'Goal-hit rate' },
  { key: 'goalPartlyRate', label: 'Goal partly met' },
  { key: 'followUpOnTime', label: 'Follow-up on time' },
];

function RateCard({ label, rate, definition, testid }: { label: string; rate: Rate; definition: string; testid: string }) {
  return (
    <div class="card" data-testid={testid}>
      <dt>{label}</dt>
      <dd>
        <span class="big" data-testid={`${testid}-value`}>{percent(rate)}</span>{' '}
        <span class="muted" data-testid={`${testid}-fraction`}>{fraction(rate)}</span>
        <p class="definition">{definition}</p>
      </dd>
    </div>
  );
}

export function RateSummary({ totals }: RateSummaryProps) {
  return (
    <dl class="cards" data-testid="rate-summary">
      {RATES.map(({ key, label }) => (
        <RateCard key={key} label={label} rate={totals[key]} definition={RATE_DEFINITIONS[key]} testid={`total-${key}`} />
      ))}
      <div class="card" data-testid="total-counts">
        <dt>Calls</dt>
        <dd>
          <span class="big" data-testid="total-calls">{totals.calls}</span>{' '}
          <span class="muted">
            {totals.connects} connected · {totals.coachingRequests} coaching requests
          </span>
          <p class="definition">Calls planned or dialed in the range; connects are calls logged as connected.</p>
        </dd>
      </div>
    </dl>
  );
}
