/**
 * Follow-ups due today and overdue, on the options page as in the sidebar (issue 6.3): done, or snoozed by an hour
 * or a day, after which the reminder rings again, once. The contact's name links to the page the call was made from.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CallRecord } from '../../shared/call-record';
import { backgroundFollowUpsClient, type FollowUpsClient } from './follow-ups-client';

export interface FollowUpsProps {
  client?: FollowUpsClient;
  /** Changes when the data changed elsewhere on the page (an import, a deletion): the list is read again. */
  refreshKey?: number;
  now?: () => number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const endOfToday = (now: number) => new Date(new Date(now).setHours(23, 59, 59, 999)).getTime();
const ringsAt = (call: CallRecord) => call.followUp?.snoozedUntil ?? call.followUp?.due ?? 0;
const when = (ms: number) => new Date(ms).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
const contactOf = (call: CallRecord) => call.context.person?.name ?? call.context.company ?? call.context.emails[0] ?? 'Contact';
/** Only web pages are linked: a stored URL is data, and a javascript: or extension URL is never made clickable. */
const linkOf = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

export function FollowUps({ client: given, refreshKey = 0, now = Date.now }: FollowUpsProps) {
  const client = useMemo(() => given ?? backgroundFollowUpsClient(), [given]);
  const [calls, setCalls] = useState<CallRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  // `now` is a clock, not data: reading it again does not call for a new list.
  useEffect(() => {
    client.listFollowUps(endOfToday(now())).then((list) => (setCalls(list), setError(null)), fail);
  }, [client, refreshKey, reload]);

  const act = (work: Promise<void>) => work.then(() => setReload((n) => n + 1), fail);
  const at = now();
  return (
    <section aria-labelledby="follow-ups-heading" data-testid="options-follow-ups">
      <h2 id="follow-ups-heading">Follow-ups due</h2>
      {error && <p role="alert" class="status error" data-testid="follow-ups-error">{error}</p>}
      {calls?.length === 0 && <p class="muted" data-testid="follow-ups-empty">Nothing due today. Reminders ring when a next step falls due.</p>}
      <ul class="list">
        {calls?.map((call) => {
          const href = linkOf(call.context.recordUrl);
          const overdue = ringsAt(call) < at;
          return (
            <li key={call.id} data-testid="options-follow-up">
              <strong>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{contactOf(call)}</a> : contactOf(call)}</strong>: {call.outcome?.nextStep?.text ?? 'Follow up'}{' '}
              <span class={overdue ? 'status error' : 'muted'} data-testid="follow-up-when">{overdue ? 'Overdue since' : 'Due'} {when(ringsAt(call))}</span>
              <div class="row">
                <button type="button" data-testid="follow-up-done" onClick={() => void act(client.completeFollowUp(call.id))}>Done</button>
                <button type="button" data-testid="snooze-hour" onClick={() => void act(client.snoozeFollowUp(call.id, now() + HOUR))}>Snooze 1 hour</button>
                <button type="button" data-testid="snooze-day" onClick={() => void act(client.snoozeFollowUp(call.id, now() + DAY))}>Snooze 1 day</button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
