import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CallRecord } from '../shared/call-record';
import type { AfterCallClient, OutcomeQueue } from './after-call-client';
import { FollowUpList } from './follow-up-list';
import { OutcomeForm } from './outcome-form/outcome-form';
import { PendingOutcomes } from './pending-outcomes';

export interface AfterCallProps {
  client: AfterCallClient;
  /** Told after a log or follow-up change was committed, e.g. to refresh the contact's history. */
  onChange: () => void;
}

const endOfToday = () => new Date(new Date().setHours(23, 59, 59, 999)).getTime();
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * After the call: the outcome form when the background prompts this tab (or the rep picks a call to log), the calls
 * still to log, and the follow-ups due. The prompt survives a reload of the sidebar: the background remembers it.
 */
export function AfterCall({ client, onChange }: AfterCallProps) {
  const [queue, setQueue] = useState<OutcomeQueue | null>(null);
  const [followUps, setFollowUps] = useState<CallRecord[]>([]);
  const [logging, setLogging] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  const refresh = useCallback(async () => {
    const [nextQueue, due] = await Promise.all([client.getOutcomeQueue(), client.listFollowUps(endOfToday())]);
    setQueue(nextQueue);
    setFollowUps(due);
    setError(null);
    return nextQueue;
  }, [client]);

  useEffect(() => {
    const open = (id: string | null) => {
      if (id === null) return;
      setSaved(null);
      setLogging(id);
      changed.current(); // the prompted call is new to this contact's history too
    };
    refresh().then((q) => open(q.prompt), (e: unknown) => setError(message(e)));
    return client.watchLogPrompt((callId) => void refresh().then(() => open(callId), (e: unknown) => setError(message(e))));
  }, [client, refresh]);

  const act = (work: () => Promise<void>) =>
    work().then(
      () => (onChange(), refresh()),
      (e: unknown) => setError(message(e)),
    );

  const call = logging ? queue?.pending.find((c) => c.id === logging) : undefined;
  return (
    <div class="after-call">
      {saved && <p class="status saved saved-note" role="status" data-testid="outcome-saved">Saved: your call with {saved} is logged.</p>}
      {error && <p class="status error" role="alert" data-testid="after-call-error">{error}</p>}
      {call ? (
        <OutcomeForm
          key={call.id}
          call={call}
          onLater={() => setLogging(null)}
          onSave={async (draft) => {
            await client.logOutcome(call.id, draft); // throws on failure: the form keeps the draft and shows why
            setSaved(call.context.person?.name ?? call.context.company ?? 'this contact');
            setLogging(null);
            onChange();
            void refresh().catch((e: unknown) => setError(message(e)));
          }}
        />
      ) : (
        queue && <PendingOutcomes calls={queue.pending} total={queue.total} onLog={(id) => (setSaved(null), setLogging(id))} />
      )}
      <FollowUpList
        calls={followUps}
        now={Date.now()}
        onDone={(id) => void act(() => client.completeFollowUp(id))}
        onSnooze={(id, until) => void act(() => client.snoozeFollowUp(id, until))}
      />
    </div>
  );
}
