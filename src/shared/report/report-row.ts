/**
 * The slice of a call the dashboard reads. computeReport, topQuestionsOnHits and coachingRequests take this
 * shape, so they run unchanged on full records and on the slim rows the team store keeps beside each imported
 * chunk: with 100,000 imported calls the dashboard parses about a fifth of the bytes and never validates a record.
 * Free text is kept only where the dashboard shows it (questions on goal-hit calls, coaching requests).
 */
import type { CallRecord } from '../call-record';

export interface ReportCall {
  id: string;
  rep: CallRecord['rep'];
  context: Pick<CallRecord['context'], 'site' | 'recordUrl'>;
  goal: CallRecord['goal'];
  dial: Pick<CallRecord['dial'], 'status'>;
  outcome?: Pick<NonNullable<CallRecord['outcome']>, 'reached' | 'goalMet' | 'questionsAsked' | 'learned' | 'nextStep' | 'coaching' | 'loggedAt'>;
  followUp?: Pick<NonNullable<CallRecord['followUp']>, 'due' | 'status' | 'doneAt'>;
  createdAt: number;
}

function slimOutcome(call: CallRecord): ReportCall['outcome'] {
  const outcome = call.outcome;
  if (outcome === undefined) return undefined;
  const hit = call.goal !== null && outcome.reached === 'connected' && outcome.goalMet === 'yes';
  const coached = outcome.coaching !== undefined;
  const slim: NonNullable<ReportCall['outcome']> = {
    reached: outcome.reached,
    // Only goal-hit calls feed the top-questions list; only coaching requests show what was learned.
    questionsAsked: hit ? outcome.questionsAsked : [],
    learned: coached ? outcome.learned : '',
    loggedAt: outcome.loggedAt,
  };
  if (outcome.goalMet !== undefined) slim.goalMet = outcome.goalMet;
  if (coached) {
    slim.coaching = outcome.coaching;
    if (outcome.nextStep !== undefined) slim.nextStep = outcome.nextStep;
  }
  return slim;
}

export function toReportRow(call: CallRecord): ReportCall {
  const row: ReportCall = {
    id: call.id,
    rep: call.rep,
    context: { site: call.context.site, recordUrl: call.outcome?.coaching === undefined ? '' : call.context.recordUrl },
    goal: call.goal,
    dial: { status: call.dial.status },
    createdAt: call.createdAt,
  };
  const outcome = slimOutcome(call);
  if (outcome !== undefined) row.outcome = outcome;
  const followUp = call.followUp;
  if (followUp !== undefined) {
    row.followUp = { due: followUp.due, status: followUp.status };
    if (followUp.doneAt !== undefined) row.followUp.doneAt = followUp.doneAt;
  }
  return row;
}
