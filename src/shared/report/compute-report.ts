/**
 * The managers' report: plan rate, goal-hit rate (with "partly" beside it), follow-up on time and counts,
 * overall and broken down by ISO week, goal type, rep and site. One pass over the calls; per call it only
 * bumps integers in at most five tallies, so 100,000 calls stay far under a second.
 */
import type { Rep } from '../call-record';
import type { ReportCall } from './report-row';
import { GOAL_TYPES, GOAL_TYPE_LABELS, type GoalType, type Site } from '../domain';
import { createIsoWeekKeyer } from './iso-week';
import { emptyTally, toMetrics, type Metrics, type Tally } from './rate';

/** Calls whose createdAt is in [from, to): half-open, so adjacent ranges never count a call twice. */
export interface DateRange {
  from: number;
  to: number;
}

/** Every given field must match; an absent field matches all calls. */
export interface ReportFilter {
  repName?: string;
  team?: string;
  site?: Site;
  /** 'none' selects calls dialed without a goal. */
  goalType?: GoalType | 'none';
}

export interface BreakdownRow extends Metrics {
  key: string;
  label: string;
}
export interface RepRow extends BreakdownRow {
  rep: Rep;
}

export interface Report {
  range: DateRange;
  now: number;
  totals: Metrics;
  byWeek: BreakdownRow[];
  /** GOAL_TYPES order, then 'none' for calls without a goal. */
  byGoalType: BreakdownRow[];
  byRep: RepRow[];
  bySite: BreakdownRow[];
}

export function isInReport(call: ReportCall, range: DateRange, filter: ReportFilter): boolean {
  if (call.createdAt < range.from || call.createdAt >= range.to) return false;
  if (filter.repName !== undefined && call.rep.name !== filter.repName) return false;
  if (filter.team !== undefined && call.rep.team !== filter.team) return false;
  if (filter.site !== undefined && call.context.site !== filter.site) return false;
  if (filter.goalType !== undefined && (call.goal?.type ?? 'none') !== filter.goalType) return false;
  return true;
}

/** Adds one call to a tally. `dueCutoff` = min(now, range end): later follow-ups are not yet due. */
function count(t: Tally, call: ReportCall, dueCutoff: number): void {
  t.calls++;
  const status = call.dial.status;
  if (status === 'dialed' || status === 'without_goal') {
    t.dials++;
    if (status === 'dialed' && call.goal !== null) t.dialsWithGoal++;
  }
  const outcome = call.outcome;
  if (outcome !== undefined) {
    if (outcome.coaching !== undefined) t.coachingRequests++;
    if (outcome.reached === 'connected') {
      t.connects++;
      if (call.goal !== null) {
        t.connectedWithGoal++;
        if (outcome.goalMet === 'yes') t.goalMetYes++;
        else if (outcome.goalMet === 'partly') t.goalMetPartly++;
      }
    }
  }
  const followUp = call.followUp;
  if (followUp !== undefined && followUp.due <= dueCutoff) {
    t.followUpsDue++;
    // "On time" = marked done no later than the due instant itself (ms), not the end of that day.
    if (followUp.status === 'done' && followUp.doneAt !== undefined && followUp.doneAt <= followUp.due) {
      t.followUpsOnTime++;
    }
  }
}

function tallyFor(groups: Map<string, Tally>, key: string): Tally {
  let t = groups.get(key);
  if (t === undefined) {
    t = emptyTally();
    groups.set(key, t);
  }
  return t;
}

const GOAL_LABELS: Readonly<Record<string, string>> = { ...GOAL_TYPE_LABELS, none: 'No goal' };

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function computeReport(calls: readonly ReportCall[], range: DateRange, filter: ReportFilter, now: number): Report {
  const total = emptyTally();
  const weeks = new Map<string, Tally>();
  const goalTypes = new Map<string, Tally>();
  const reps = new Map<string, Tally>();
  const repOf = new Map<string, Rep>();
  const sites = new Map<string, Tally>();
  const weekKey = createIsoWeekKeyer();
  const dueCutoff = Math.min(now, range.to);

  for (const call of calls) {
    if (!isInReport(call, range, filter)) continue;
    count(total, call, dueCutoff);
    count(tallyFor(weeks, weekKey(call.createdAt)), call, dueCutoff);
    count(tallyFor(goalTypes, call.goal?.type ?? 'none'), call, dueCutoff);
    // JSON of [team, name] cannot collide the way "team/name" could.
    const repKey = JSON.stringify([call.rep.team, call.rep.name]);
    if (!repOf.has(repKey)) repOf.set(repKey, call.rep);
    count(tallyFor(reps, repKey), call, dueCutoff);
    count(tallyFor(sites, call.context.site), call, dueCutoff);
  }

  const rows = (groups: Map<string, Tally>, label: (key: string) => string): BreakdownRow[] =>
    [...groups].map(([key, t]) => ({ key, label: label(key), ...toMetrics(t) })).sort(byKey);
  const goalOrder: readonly string[] = [...GOAL_TYPES, 'none'];
  return {
    range: { from: range.from, to: range.to },
    now,
    totals: toMetrics(total),
    byWeek: rows(weeks, (k) => k),
    byGoalType: rows(goalTypes, (k) => GOAL_LABELS[k] ?? k).sort(
      (a, b) => goalOrder.indexOf(a.key) - goalOrder.indexOf(b.key),
    ),
    byRep: rows(reps, (k) => {
      const rep = repOf.get(k);
      return rep === undefined ? k : `${rep.name} (${rep.team})`;
    }).map((row) => ({ ...row, rep: repOf.get(row.key) ?? { name: row.key, team: '' } })),
    bySite: rows(sites, (k) => k),
  };
}
