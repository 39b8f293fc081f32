/** The managers' dashboard (issue 7): computed in the background, so only the finished report reaches the page. */
import { useEffect, useState } from 'preact/hooks';
import type { Dashboard as DashboardData } from '../../shared/report/report-schemas';
import type { OptionsClient } from '../client';
import { lastEightWeeks, toReportRange, type DayRange } from '../format';
import { BreakdownTable } from './breakdown-table';
import { CoachingList, TopQuestions } from './coaching-list';
import { RateSummary } from './rate-summary';
import { TrendChart } from './trend-chart';

export interface DashboardProps {
  client: Pick<OptionsClient, 'getDashboard'>;
  /** Bumped after an import, so the report is read again. */
  refreshKey: number;
  /** Told about each report shown, so the summary export writes exactly what is on screen. */
  onLoaded?: (data: DashboardData) => void;
  now?: number;
}

export function Dashboard({ client, refreshKey, onLoaded, now = Date.now() }: DashboardProps) {
  const [days, setDays] = useState<DayRange>(() => lastEightWeeks(now));
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const range = toReportRange(days);

  useEffect(() => {
    if (range === null) return;
    let current = true;
    setError(null);
    client.getDashboard(range).then(
      (result) => {
        if (!current) return;
        setData(result);
        onLoaded?.(result);
      },
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, [client, range?.from, range?.to, refreshKey]);

  return (
    <section aria-labelledby="dashboard-heading" data-testid="dashboard">
      <h2 id="dashboard-heading">Dashboard</h2>
      <div class="row">
        <label>
          From <input type="date" data-testid="range-from" value={days.first} onChange={(e) => setDays({ ...days, first: e.currentTarget.value })} />
        </label>
        <label>
          To (inclusive) <input type="date" data-testid="range-to" value={days.last} onChange={(e) => setDays({ ...days, last: e.currentTarget.value })} />
        </label>
      </div>
      {range === null && <p role="alert" class="status error">Pick a start date on or before the end date.</p>}
      {error && <p role="alert" class="status error" data-testid="dashboard-error">{error}</p>}
      {data === null && !error && <p class="muted" aria-live="polite">Counting calls…</p>}
      {data && (
        <div data-testid="dashboard-ready">
          <RateSummary totals={data.report.totals} />
          <h3>Trend</h3>
          <TrendChart weeks={data.report.byWeek} />
          <h3>Breakdowns</h3>
          <BreakdownTable id="by-rep" caption="By rep" dimension="Rep" rows={data.report.byRep} />
          <BreakdownTable id="by-week" caption="By ISO week" dimension="Week" rows={data.report.byWeek} />
          <BreakdownTable id="by-goal-type" caption="By goal type" dimension="Goal type" rows={data.report.byGoalType} />
          <BreakdownTable id="by-site" caption="By site" dimension="Site" rows={data.report.bySite} />
          <h3>Questions asked on calls whose goal was met</h3>
          <TopQuestions questions={data.topQuestions} />
          <h3>Coaching requests</h3>
          <CoachingList requests={data.coaching} total={data.coachingTotal} />
        </div>
      )}
    </section>
  );
}
