import type { BreakdownRow } from '../../shared/report/compute-report';
import type { Rate } from '../../shared/report/rate';
import { fraction, percent } from '../format';

export interface BreakdownTableProps {
  /** Also the table's data-testid, e.g. "by-rep". */
  id: string;
  caption: string;
  /** Header of the first column: "Week", "Rep"... */
  dimension: string;
  rows: readonly BreakdownRow[];
}

function RateCell({ rate, testid }: { rate: Rate; testid: string }) {
  return (
    <td data-testid={testid} title={fraction(rate)}>
      {percent(rate)} <span class="muted">({fraction(rate)})</span>
    </td>
  );
}

export function BreakdownTable({ id, caption, dimension, rows }: BreakdownTableProps) {
  return (
    <table data-testid={id} aria-labelledby={`${id}-caption`}>
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{dimension}</th>
          <th scope="col">Calls</th>
          <th scope="col">Connects</th>
          <th scope="col">Plan rate</th>
          <th scope="col">Goal-hit rate</th>
          <th scope="col">Partly met</th>
          <th scope="col">Follow-up on time</th>
          <th scope="col">Coaching</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={8} class="muted">No calls in this range.</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key} data-testid={`${id}-row`} data-key={row.key}>
            <th scope="row" data-testid="label">{row.label}</th>
            <td>{row.calls}</td>
            <td>{row.connects}</td>
            <RateCell rate={row.planRate} testid="plan-rate" />
            <RateCell rate={row.goalHitRate} testid="goal-hit-rate" />
            <RateCell rate={row.goalPartlyRate} testid="partly-rate" />
            <RateCell rate={row.followUpOnTime} testid="follow-up-rate" />
            <td>{row.coachingRequests}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
