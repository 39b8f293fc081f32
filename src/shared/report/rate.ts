/**
 * A rate as managers read it: the two counts it came from, and their ratio.
 * The ratio is null (never NaN) when nothing was counted, so a chart can show "no data" instead of 0 %.
 */

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, or null when the denominator is 0. */
  value: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/**
 * Plain counters, one set per group. Kept flat and numeric so a single pass over 100,000 calls
 * only bumps integers and never builds objects per call.
 */
export interface Tally {
  calls: number;
  connects: number;
  coachingRequests: number;
  /** Dials seen by the gate: status dialed or without_goal. */
  dials: number;
  dialsWithGoal: number;
  connectedWithGoal: number;
  goalMetYes: number;
  goalMetPartly: number;
  followUpsDue: number;
  followUpsOnTime: number;
}

export function emptyTally(): Tally {
  return {
    calls: 0,
    connects: 0,
    coachingRequests: 0,
    dials: 0,
    dialsWithGoal: 0,
    connectedWithGoal: 0,
    goalMetYes: 0,
    goalMetPartly: 0,
    followUpsDue: 0,
    followUpsOnTime: 0,
  };
}

/** What a report shows for one group of calls. */
export interface Metrics {
  calls: number;
  connects: number;
  coachingRequests: number;
  planRate: Rate;
  goalHitRate: Rate;
  /** Same denominator as goalHitRate; shown beside it, never folded into it. */
  goalPartlyRate: Rate;
  followUpOnTime: Rate;
}

export function toMetrics(t: Tally): Metrics {
  return {
    calls: t.calls,
    connects: t.connects,
    coachingRequests: t.coachingRequests,
    planRate: rate(t.dialsWithGoal, t.dials),
    goalHitRate: rate(t.goalMetYes, t.connectedWithGoal),
    goalPartlyRate: rate(t.goalMetPartly, t.connectedWithGoal),
    followUpOnTime: rate(t.followUpsOnTime, t.followUpsDue),
  };
}
