/**
 * What the options page's follow-up list asks of the background. Its own small client, so the list mounts with one
 * line and a test hands it a fake (STYLE 9).
 */
import type { CallRecord } from '../../shared/call-record';
import { sendMessage } from '../../shared/send-message';

export interface FollowUpsClient {
  /** Open follow-ups ringing at or before `dueBy`, soonest first. */
  listFollowUps(dueBy: number): Promise<CallRecord[]>;
  completeFollowUp(id: string): Promise<void>;
  snoozeFollowUp(id: string, until: number): Promise<void>;
}

export function backgroundFollowUpsClient(): FollowUpsClient {
  return {
    listFollowUps: (dueBy) => sendMessage('list-follow-ups', { dueBy, limit: 200 }),
    completeFollowUp: async (id) => void (await sendMessage('complete-follow-up', { id })),
    snoozeFollowUp: async (id, until) => void (await sendMessage('snooze-follow-up', { id, until })),
  };
}
