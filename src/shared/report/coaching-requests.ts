/**
 * Calls where the rep asked for coaching, as the manager's review queue: what they aimed for,
 * what happened, their own note and where the record lives.
 */
import type { Goal, GoalMet, Reached, Rep } from '../call-record';
import type { ReportCall } from './report-row';

export interface CoachingRequest {
  id: string;
  rep: Rep;
  /** When the outcome (and with it the request) was logged. */
  at: number;
  goal: Goal | null;
  reached: Reached;
  goalMet?: GoalMet;
  learned: string;
  nextStep?: string;
  note: string;
  recordUrl: string;
}

/** Newest request first; ties by id so two exports of the same data list the same order. */
export function coachingRequests(calls: readonly ReportCall[]): CoachingRequest[] {
  const requests: CoachingRequest[] = [];
  for (const call of calls) {
    const outcome = call.outcome;
    if (outcome?.coaching === undefined) continue;
    const request: CoachingRequest = {
      id: call.id,
      rep: call.rep,
      at: outcome.loggedAt,
      goal: call.goal,
      reached: outcome.reached,
      learned: outcome.learned,
      note: outcome.coaching.note,
      recordUrl: call.context.recordUrl,
    };
    // Absent stays absent (not undefined) so the list compares and serialises cleanly.
    if (outcome.goalMet !== undefined) request.goalMet = outcome.goalMet;
    if (outcome.nextStep !== undefined) request.nextStep = outcome.nextStep.text;
    requests.push(request);
  }
  return requests.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
