/**
 * Logging what happened on a call: the queue of dialed calls still waiting for an outcome (badge, "2 calls to log")
 * and the save itself, acknowledged only after the store committed it (promise 4). A next step becomes the call's
 * open follow-up, with its reminder armed after the commit.
 */
import type { CallRecord, FollowUp } from '../shared/call-record';
import { MessageError } from '../shared/message-errors';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { SenderInfo } from '../shared/sender';
import { refreshBadgeQuietly } from './badge';
import { syncFollowUpAlarm } from './follow-ups';
import { clearLogPrompt, shownPromptFor } from './log-prompt';
import { asMessageError, callStore } from './services';

const QUEUE_SHOWN = 20;
const QUEUE_COUNTED = 200;

export async function getOutcomeQueue(_payload: RequestOf<'get-outcome-queue'>, sender: SenderInfo): Promise<ResponseOf<'get-outcome-queue'>> {
  try {
    const pending = await (await callStore()).pendingOutcomes(QUEUE_COUNTED);
    const prompted = await shownPromptFor(sender.tab?.id);
    const prompt = prompted && pending.some((call) => call.id === prompted) ? prompted : null;
    return { pending: pending.slice(0, QUEUE_SHOWN), total: pending.length, prompt };
  } catch (error) {
    throw asMessageError(error);
  }
}

/** The same due date keeps the follow-up as it is (done, snoozed or notified); a new one starts a new reminder. */
function followUpFor(nextStep: { due: number } | undefined, existing: FollowUp | undefined): FollowUp | undefined {
  if (!nextStep) return undefined;
  if (existing && existing.due === nextStep.due) return existing;
  return { due: nextStep.due, status: 'open' };
}

export function withOutcome(call: CallRecord, draft: RequestOf<'log-outcome'>['outcome'], now: number): CallRecord {
  const { followUp: existing, ...rest } = call;
  // Whether the goal was met only means something when the rep got through and had stated a goal.
  const goalMet = draft.reached === 'connected' && call.goal ? draft.goalMet : undefined;
  const { goalMet: _dropped, ...outcome } = draft;
  const followUp = followUpFor(draft.nextStep, existing);
  return {
    ...rest,
    outcome: { ...outcome, ...(goalMet ? { goalMet } : {}), loggedAt: now },
    ...(followUp ? { followUp } : {}),
    updatedAt: Math.max(now, call.updatedAt),
  };
}

export async function logOutcome({ id, outcome }: RequestOf<'log-outcome'>): Promise<CallRecord> {
  const now = Date.now();
  let saved: CallRecord;
  try {
    const store = await callStore();
    const call = await store.get(id);
    if (!call) throw new MessageError('invalid', 'This call is no longer stored; your notes are kept in the form.');
    saved = await store.save(withOutcome(call, outcome, now));
  } catch (error) {
    throw asMessageError(error);
  }
  // Committed: from here on the log is safe. Prompt, reminder and badge follow; a failure there is repaired at the
  // next start (reconcile, badge recount) and must not turn a committed save into an error on screen.
  await Promise.all([
    clearLogPrompt(id).catch((error: unknown) => console.warn('Precall could not clear the log prompt.', error)),
    syncFollowUpAlarm(saved, now).catch((error: unknown) => console.warn('Precall could not arm the reminder.', error)),
    refreshBadgeQuietly(),
  ]);
  return saved;
}
