import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CallRecord } from '../shared/call-record';
import { isContextInvalidated } from '../shared/message-errors';
import type { TabState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { SidebarClient } from './client';
import { ContactCard } from './contact-card';
import { AfterCall } from './after-call';
import { GateBanner } from './gate-banner';
import { GoalForm } from './goal-form/goal-form';
import { HistoryList } from './history-list';
import { BUILT_IN_COACH, sidebarCoach, type SidebarCoach } from './coach-data';

export interface AppProps {
  client: SidebarClient;
}

export function App({ client }: AppProps) {
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [history, setHistory] = useState<CallRecord[]>([]);
  const [fatal, setFatal] = useState<string | null>(null);
  const [coach, setCoach] = useState<SidebarCoach | null>(null);

  useEffect(() => {
    let unsubscribe = () => {};
    Promise.all([client.getTabState(), client.getSettings()])
      .then(async ([tabState, loaded]) => {
        setState(tabState);
        setSettings(loaded);
        unsubscribe = client.watchTabState(tabState.tabId, setState);
        // A change made between the first read and the subscription (a dial held while this frame was loading) was
        // pushed to nobody: read once more now that pushes are heard.
        setState(await client.getTabState());
      })
      .catch((error: unknown) => setFatal(isContextInvalidated(error) ? 'Precall was updated — reload this page.' : String(error)));
    return () => unsubscribe();
  }, [client]);

  useEffect(() => {
    client.getCoachData().then(
      (data) => setCoach(sidebarCoach(data)),
      () => setCoach(BUILT_IN_COACH),
    );
  }, [client]);

  const recordUrl = state?.context?.recordUrl;
  const refreshHistory = useCallback(() => {
    if (state?.context) client.getHistory(state.context).then(setHistory, () => setHistory([]));
    else setHistory([]);
  }, [client, recordUrl]);
  useEffect(refreshHistory, [refreshHistory]);

  if (fatal) return <p role="alert" class="status error">{fatal}</p>;
  if (!state || !settings) return <p class="muted" role="status">Loading…</p>;
  const { context, heldDial } = state;
  const askedBefore = history.flatMap((call) => call.outcome?.questionsAsked ?? call.questions.map((q) => q.text));

  return (
    <div class="app">
      <ContactCard context={context} />
      {heldDial && <GateBanner heldDial={heldDial} mode={settings.gateMode} client={client} />}
      <AfterCall client={client} onChange={refreshHistory} />
      {context && (
        <GoalForm
          key={context.recordUrl}
          context={heldDial?.context ?? context}
          heldDial={Boolean(heldDial)}
          askedBefore={askedBefore}
          coach={coach}
          onSave={async (plan) => {
            const saved = await client.savePlan(plan, heldDial?.attemptId);
            refreshHistory();
            return saved;
          }}
        />
      )}
      {context && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">History with this contact</h2>
          <HistoryList calls={history} />
        </section>
      )}
    </div>
  );
}
