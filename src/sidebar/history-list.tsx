import type { CallRecord } from '../shared/call-record';
import { GOAL_TYPE_LABELS } from '../shared/domain-values';

export interface HistoryListProps {
  calls: readonly CallRecord[];
}

const REACHED_LABELS = { connected: 'Connected', voicemail: 'Voicemail', no_answer: 'No answer', gatekeeper: 'Gatekeeper', wrong_number: 'Wrong number' } as const;
const MET_LABELS = { yes: 'goal met', partly: 'goal partly met', no: 'goal not met' } as const;
const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The contact's timeline before the next call: goals, outcomes, what was learned, open next steps. */
export function HistoryList({ calls }: HistoryListProps) {
  if (calls.length === 0) return <p class="muted" data-testid="history-empty">No calls with this contact yet.</p>;
  return (
    <ol class="history" data-testid="history">
      {calls.map((call) => (
        <li key={call.id} data-testid="history-item">
          <p class="muted">
            {day(call.createdAt)} · {call.goal ? GOAL_TYPE_LABELS[call.goal.type] : 'No goal stated'}
          </p>
          {call.goal && <p>{call.goal.outcome}</p>}
          {call.outcome ? (
            <p>
              {REACHED_LABELS[call.outcome.reached]}
              {call.outcome.goalMet ? `, ${MET_LABELS[call.outcome.goalMet]}` : ''}
              {call.outcome.learned ? ` — ${call.outcome.learned}` : ''}
            </p>
          ) : (
            <p class="muted">{call.dial.status === 'planned' ? 'Planned, not dialed yet' : 'Outcome not logged yet'}</p>
          )}
          {call.followUp?.status === 'open' && call.outcome?.nextStep && (
            <p class="next-step">Next: {call.outcome.nextStep.text} (due {day(call.followUp.due)})</p>
          )}
        </li>
      ))}
    </ol>
  );
}
