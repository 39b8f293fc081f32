/**
 * Everything the sidebar asks of the extension, behind one interface: components never touch browser.* and tests
 * hand them an in-memory client instead.
 */
import type { CallRecord } from '../shared/call-record';
import type { PageContext } from '../shared/domain';
import { browser } from '../shared/browser';
import type { PlanDraft, TabState } from '../shared/messages';
import { sendMessage } from '../shared/send-message';
import type { Settings } from '../shared/settings';

export interface SidebarClient {
  getTabState(): Promise<TabState>;
  /** Calls back whenever the tab's contact or held dial changes; returns the unsubscribe. */
  watchTabState(tabId: number, onChange: (state: TabState) => void): () => void;
  getSettings(): Promise<Settings>;
  getHistory(context: PageContext): Promise<CallRecord[]>;
  savePlan(plan: PlanDraft, attemptId?: string): Promise<CallRecord>;
  dialWithoutGoal(attemptId: string): Promise<void>;
  cancelDial(attemptId: string): Promise<void>;
}

export function backgroundClient(): SidebarClient {
  return {
    getTabState: () => sendMessage('get-tab-state', {}),
    watchTabState(tabId, onChange) {
      const key = `tab:${tabId}`;
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'session' || !(key in changes)) return;
        // Only the background writes this key, and only after parsing it with TabState.
        const next = changes[key]?.newValue as TabState | undefined;
        onChange(next ?? { tabId, context: null, heldDial: null });
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    getSettings: () => sendMessage('get-settings', {}),
    getHistory: (context) => sendMessage('get-history', { context, limit: 50 }),
    savePlan: (plan, attemptId) => sendMessage('save-plan', attemptId ? { plan, attemptId } : { plan }),
    dialWithoutGoal: async (attemptId) => void (await sendMessage('dial-without-goal', { attemptId })),
    cancelDial: async (attemptId) => void (await sendMessage('cancel-dial', { attemptId })),
  };
}
