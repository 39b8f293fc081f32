import type { CallRecord } from '../shared/call-record';

export interface PendingOutcomesProps {
  calls: readonly CallRecord[];
  total: number;
  onLog: (id: string) => void;
}

const when = (ms: number | undefined) => (ms ? new Date(ms).toLocaleString(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' }) : '');

/** Dialed calls with no outcome yet, across all contacts, so none is forgotten ("2 calls to log"). */
export function PendingOutcomes({ calls, total, onLog }: PendingOutcomesProps) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="to-log-heading" data-testid="calls-to-log">
      <h2 id="to-log-heading" data-testid="calls-to-log-count">
        {total === 1 ? '1 call to log' : `${total} calls to log`}
      </h2>
      <ul class="to-log">
        {calls.map((call) => (
          <li key={call.id} class="row" data-testid="call-to-log">
            <span>
              {call.context.person?.name ?? call.context.company ?? call.context.recordUrl} <span class="muted">· {when(call.dial.at)}</span>
            </span>
            <button type="button" data-testid="log-call" onClick={() => onLog(call.id)}>Log</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
