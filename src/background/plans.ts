/** Plans and dials: the gate's decisions, saving a goal, and letting the held dial go exactly once. */
import type { CallRecord } from '../shared/call-record';
import type { PageContext } from '../shared/domain';
import { settingsItem } from '../shared/items';
import { MessageError } from '../shared/message-errors';
import type { PlanDraft, RequestOf, ResponseOf } from '../shared/messages';
import { isSameContact } from '../shared/same-contact';
import type { SenderInfo } from '../shared/sender';
import { decideDial, findCoveringPlan } from './decide-dial';
import { refreshBadgeQuietly } from './badge';
import { scheduleLogPrompt } from './log-prompt';
import { asMessageError, callStore } from './services';
import { readTabState, setHeldDial } from './tab-state';
import { sendContentCommand } from './content-command';

function tabOf(sender: SenderInfo): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new MessageError('forbidden', 'This needs a tab.');
  return tabId;
}

async function save(record: CallRecord): Promise<CallRecord> {
  try {
    return await (await callStore()).save(record);
  } catch (error) {
    throw asMessageError(error);
  }
}

function newRecord(context: PageContext, now: number, fields: Partial<CallRecord>): Promise<CallRecord> {
  return settingsItem.get().then((settings) => ({
    id: crypto.randomUUID(),
    rep: settings.rep,
    context,
    stage: 'discovery',
    goal: null,
    questions: [],
    gateMode: settings.gateMode,
    dial: { status: 'planned' },
    createdAt: now,
    updatedAt: now,
    ...fields,
  }));
}

/** Tells the tab's content script to replay (or drop) the held click; the attempt id makes it happen once. */
async function settleHeldDial(tabId: number, attemptId: string, release: boolean): Promise<PageContext> {
  const { heldDial } = await readTabState(tabId);
  if (!heldDial || heldDial.attemptId !== attemptId) throw new MessageError('invalid', 'That dial is no longer waiting.');
  await setHeldDial(tabId, null);
  await sendContentCommand(tabId, { type: release ? 'release-dial' : 'drop-dial', attemptId });
  return heldDial.context;
}

/** The dial is saved and on its way: arm the log prompt for this tab and count the call on the badge (issue #6). */
async function afterDial(call: CallRecord, tabId: number): Promise<void> {
  await scheduleLogPrompt(call, tabId).catch((error: unknown) => console.warn('Precall could not arm the log prompt.', error));
  await refreshBadgeQuietly();
}

export async function dialAttempt(
  { context, target }: RequestOf<'dial-attempt'>,
  sender: SenderInfo,
): Promise<ResponseOf<'dial-attempt'>> {
  const tabId = tabOf(sender);
  const now = Date.now();
  // Settings and the store are read at once: this sits between a click and the gate appearing.
  const [settings, store] = await Promise.all([settingsItem.get(), callStore()]);
  const history = (await store.history(context, 50)).filter((call) => isSameContact(call.context, context));
  const decision = decideDial(settings.gateMode, findCoveringPlan(history, now, settings.goalWindowMinutes));
  if (decision.action === 'proceed') {
    const dial = { status: decision.plan ? 'dialed' : 'without_goal', at: now, target } as const;
    const dialed = await save(decision.plan ? { ...decision.plan, dial, updatedAt: now } : await newRecord(context, now, { dial }));
    await afterDial(dialed, tabId);
    return { action: 'proceed' };
  }
  const attemptId = crypto.randomUUID();
  await setHeldDial(tabId, { attemptId, context, target, at: now });
  return { action: decision.action, attemptId };
}

export async function savePlan({ plan, attemptId }: RequestOf<'save-plan'>, sender: SenderInfo): Promise<CallRecord> {
  const now = Date.now();
  const existing = await (await callStore()).get(plan.id);
  const base = existing ?? (await newRecord(plan.context, now, {}));
  const held = attemptId !== undefined && sender.tab?.id !== undefined ? (await readTabState(sender.tab.id)).heldDial : null;
  const dialNow = held && held.attemptId === attemptId;
  const record = await save({
    ...base,
    ...planFields(plan),
    dial: dialNow ? { status: 'dialed', at: now, target: held.target } : base.dial,
    updatedAt: Math.max(now, base.updatedAt),
  });
  // Saved first, then the dial goes: the goal is on disk before the phone rings.
  if (dialNow && sender.tab?.id !== undefined) {
    await settleHeldDial(sender.tab.id, held.attemptId, true);
    await afterDial(record, sender.tab.id);
  }
  return record;
}

function planFields(plan: PlanDraft): Pick<CallRecord, 'id' | 'context' | 'stage' | 'goal' | 'questions'> {
  return { id: plan.id, context: plan.context, stage: plan.stage, goal: plan.goal, questions: plan.questions };
}

export async function dialWithoutGoal({ attemptId }: RequestOf<'dial-without-goal'>, sender: SenderInfo) {
  const tabId = tabOf(sender);
  const { heldDial } = await readTabState(tabId);
  if (!heldDial || heldDial.attemptId !== attemptId) throw new MessageError('invalid', 'That dial is no longer waiting.');
  const settings = await settingsItem.get();
  if (settings.gateMode === 'strict') throw new MessageError('forbidden', 'A goal is required before this call.');
  const now = Date.now();
  const dialed = await save(await newRecord(heldDial.context, now, { dial: { status: 'without_goal', at: now, target: heldDial.target } }));
  await settleHeldDial(tabId, attemptId, true);
  await afterDial(dialed, tabId);
  return { ok: true as const };
}

export async function cancelDial({ attemptId }: RequestOf<'cancel-dial'>, sender: SenderInfo) {
  await settleHeldDial(tabOf(sender), attemptId, false);
  return { ok: true as const };
}

export async function getHistory({ context, limit }: RequestOf<'get-history'>): Promise<CallRecord[]> {
  try {
    // The indexes find candidates by record, email or phone; only the same person's calls are shown.
    return (await (await callStore()).history(context, limit)).filter((call) => isSameContact(call.context, context));
  } catch (error) {
    throw asMessageError(error);
  }
}
