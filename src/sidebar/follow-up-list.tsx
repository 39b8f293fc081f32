import type { CallRecord } from '../shared/call-record';

export interface FollowUpListProps {
  calls: readonly CallRecord[];
  now: number;
  onDone: (id: string) => void;
  onSnooze: (id: string, until: number) => void;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ringsAt = (call: CallRecord) => call.followUp?.snoozedUntil ?? call.followUp?.due ?? 0;
const when = (ms: number) => new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

/** Follow-ups due today or overdue: done, or snoozed by an hour or a day (the reminder then rings again, once). */
export function FollowUpList({ calls, now, onDone, onSnooze }: FollowUpListProps) {
  if (calls.length === 0) return null;
  return (
    <section aria-labelledby="follow-ups-heading" data-testid="follow-ups">
      <h2 id="follow-ups-heading">Follow-ups due</h2>
      <ul class="follow-ups">
        {calls.map((call) => (
          <li key={call.id} data-testid="follow-up">
            <p>
              <strong>{call.context.person?.name ?? call.context.company ?? 'Contact'}</strong>: {call.outcome?.nextStep?.text ?? 'Follow up'}
            </p>
            <p class={ringsAt(call) < now ? 'status error' : 'muted'}>{ringsAt(call) < now ? 'Overdue since' : 'Due'} {when(ringsAt(call))}</p>
            <div class="row">
              <button type="button" data-testid="follow-up-done" onClick={() => onDone(call.id)}>Done</button>
              <button type="button" class="quiet" data-testid="snooze-hour" onClick={() => onSnooze(call.id, now + HOUR)}>Snooze 1 hour</button>
              <button type="button" class="quiet" data-testid="snooze-day" onClick={() => onSnooze(call.id, now + DAY)}>Snooze 1 day</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
