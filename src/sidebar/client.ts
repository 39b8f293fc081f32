/**
 * Everything the sidebar asks of the extension, behind one interface: components never touch browser.* and tests
 * hand them an in-memory client instead.
 */
import type { CallRecord } from '../shared/call-record';
import type { PageContext } from '../shared/domain';
import { browser, type Runtime } from '../shared/browser';
import type { CoachData, PlanDraft, TabState, TabStateChanged } from '../shared/messages';
import { sendMessage } from '../shared/send-message';
import type { Settings } from '../shared/settings';
import { afterCallClient, type AfterCallClient } from './after-call-client';

export interface SidebarClient extends AfterCallClient {
  getTabState(): Promise<TabState>;
  /** Calls back whenever the tab's contact or held dial changes; returns the unsubscribe. */
  watchTabState(tabId: number, onChange: (state: TabState) => void): () => void;
  getSettings(): Promise<Settings>;
  getHistory(context: PageContext): Promise<CallRecord[]>;
  /** The team's questions and how past questions did, for ranking suggestions. */
  getCoachData(): Promise<CoachData>;
  savePlan(plan: PlanDraft, attemptId?: string): Promise<CallRecord>;
  dialWithoutGoal(attemptId: string): Promise<void>;
  cancelDial(attemptId: string): Promise<void>;
}

export function backgroundClient(): SidebarClient {
  return {
    ...afterCallClient(),
    getTabState: () => sendMessage('get-tab-state', {}),
    watchTabState(tabId, onChange) {
      const listener = (message: unknown, sender: Runtime.MessageSender) => {
        // Only the background (our extension, no tab) announces tab state, and it parsed the state before sending.
        if (sender.id !== browser.runtime.id || sender.tab) return undefined;
        const change = message as Partial<TabStateChanged> | null;
        if (change?.type === 'tab-state-changed' && change.state?.tabId === tabId) onChange(change.state);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    getSettings: () => sendMessage('get-settings', {}),
    getHistory: (context) => sendMessage('get-history', { context, limit: 50 }),
    getCoachData: () => sendMessage('get-coach-data', {}),
    savePlan: (plan, attemptId) => sendMessage('save-plan', attemptId ? { plan, attemptId } : { plan }),
    dialWithoutGoal: async (attemptId) => void (await sendMessage('dial-without-goal', { attemptId })),
    cancelDial: async (attemptId) => void (await sendMessage('cancel-dial', { attemptId })),
  };
}
