/**
 * What the sidebar asks of the background after a call: the calls waiting for an outcome, logging one, and the
 * follow-ups that are due. Part of SidebarClient; kept apart so a mock can implement it on its own.
 */
import { browser, type Runtime } from '../shared/browser';
import type { CallRecord } from '../shared/call-record';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { sendMessage } from '../shared/send-message';

export type OutcomeQueue = ResponseOf<'get-outcome-queue'>;
export type OutcomeDraft = RequestOf<'log-outcome'>['outcome'];

export interface AfterCallClient {
  getOutcomeQueue(): Promise<OutcomeQueue>;
  /** Calls back when the background prompts this tab to log a call; returns the unsubscribe. */
  watchLogPrompt(onPrompt: (callId: string) => void): () => void;
  /** Resolves only after the background committed the log. */
  logOutcome(id: string, outcome: OutcomeDraft): Promise<CallRecord>;
  /** Open follow-ups ringing at or before `dueBy`, soonest first. */
  listFollowUps(dueBy: number): Promise<CallRecord[]>;
  completeFollowUp(id: string): Promise<void>;
  snoozeFollowUp(id: string, until: number): Promise<void>;
}

export function afterCallClient(): AfterCallClient {
  return {
    getOutcomeQueue: () => sendMessage('get-outcome-queue', {}),
    watchLogPrompt(onPrompt) {
      const listener = (message: unknown, sender: Runtime.MessageSender) => {
        // Only the background (our extension, no tab) prompts; it addresses the message to this tab.
        if (sender.id !== browser.runtime.id || sender.tab) return undefined;
        const prompt = message as { type?: unknown; callId?: unknown } | null;
        if (prompt?.type === 'log-prompt' && typeof prompt.callId === 'string') onPrompt(prompt.callId);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    logOutcome: (id, outcome) => sendMessage('log-outcome', { id, outcome }),
    listFollowUps: (dueBy) => sendMessage('list-follow-ups', { dueBy, limit: 50 }),
    completeFollowUp: async (id) => void (await sendMessage('complete-follow-up', { id })),
    snoozeFollowUp: async (id, until) => void (await sendMessage('snooze-follow-up', { id, until })),
  };
}
