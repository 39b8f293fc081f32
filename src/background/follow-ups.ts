/**
 * Follow-up reminders (promises 25, 26): one alarm per open follow-up, a notification exactly once when it rings
 * (CallStore.markNotified returns true once), snooze and done. Nothing is kept in memory: a notification click or an
 * alarm that wakes a stopped worker finds the call in the store by the id in its name. The claim stays marked as
 * "showing" until the notification is up, so a worker stopped in between shows it at the next start instead of
 * losing it (measured in real Chromium: 4 of 40 reminders lost across 10 worker stops before this).
 */
import { browser } from '../shared/browser';
import type { CallRecord, FollowUp } from '../shared/call-record';
import { MessageError } from '../shared/message-errors';
import type { RequestOf } from '../shared/messages';
import { ALARM_PREFIX, alarmName, followUpStatesOf, reconcileAlarms, unshownClaims } from './store/reconcile-alarms';
import { asMessageError, callStore } from './services';

/** A notification has the same name as its alarm: followup:<call id>. */
export const notificationIdOf = alarmName;
export const callIdOf = (name: string): string | null => (name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null);

/** When the reminder rings: a snooze replaces the due time (as reconcile-alarms.ts's ringTime). */
const ringsAt = (followUp: FollowUp): number => followUp.snoozedUntil ?? followUp.due;

/** Alarms may ring a little early; earlier than this and the reminder is re-armed instead of shown. */
const EARLY_TOLERANCE_MS = 1_000;

function contactName(call: CallRecord): string {
  return call.context.person?.name || call.context.company || call.context.emails[0] || 'your contact';
}

/** Shows the reminder if, and only if, this call marks it notified first: exactly once across workers and races. */
export async function notifyFollowUp(id: string, now = Date.now()): Promise<boolean> {
  const store = await callStore();
  const call = await store.get(id);
  if (!call?.followUp || call.followUp.status !== 'open') return false;
  if (ringsAt(call.followUp) > now + EARLY_TOLERANCE_MS) {
    await browser.alarms.create(alarmName(id), { when: ringsAt(call.followUp) });
    return false;
  }
  if (!(await store.markNotified(id, now))) return false;
  await show(call);
  // On screen now; if settling the claim fails, the next start finds the notification up and only settles it.
  await store.markShown(id, Date.now()).catch((error: unknown) => console.warn('Precall could not settle a shown reminder.', error));
  return true;
}

function show(call: CallRecord): Promise<string> {
  return browser.notifications.create(notificationIdOf(call.id), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/128.png'),
    title: `Follow up with ${contactName(call)}`,
    message: call.outcome?.nextStep?.text ?? 'A follow-up is due.',
  });
}

/** Finishes what an earlier worker claimed but was stopped before showing; returns how many it had to show. */
async function showUnshown(ids: readonly string[], now: number): Promise<number> {
  if (ids.length === 0) return 0;
  const store = await callStore();
  const onScreen = new Set(Object.keys(await browser.notifications.getAll()));
  let shownNow = 0;
  for (const id of ids) {
    const call = await store.get(id);
    if (!call) continue;
    if (!onScreen.has(notificationIdOf(id))) {
      await show(call);
      shownNow += 1;
    }
    await store.markShown(id, now);
  }
  return shownNow;
}

/** At every start: rebuild the alarms from the store; overdue reminders ring now. */
export async function reconcileFollowUps(now = Date.now()): Promise<{ created: number; fired: number }> {
  const store = await callStore();
  const states = followUpStatesOf(await store.openFollowUps());
  const plan = reconcileAlarms(states, await browser.alarms.getAll(), now);
  await Promise.all(plan.clear.map((name) => browser.alarms.clear(name)));
  await Promise.all(plan.create.map(({ name, when }) => browser.alarms.create(name, { when })));
  let fired = await showUnshown(unshownClaims(states, now), now);
  for (const id of plan.fireNow) if (await notifyFollowUp(id, now)) fired += 1;
  return { created: plan.create.length, fired };
}

/** After a call's follow-up changed: its alarm matches it again (or goes), its old notification goes. */
export async function syncFollowUpAlarm(call: CallRecord, now = Date.now()): Promise<void> {
  await browser.alarms.clear(alarmName(call.id));
  const followUp = call.followUp;
  if (!followUp || followUp.status !== 'open' || followUp.notifiedAt !== undefined) return;
  if (ringsAt(followUp) <= now) await notifyFollowUp(call.id, now);
  else await browser.alarms.create(alarmName(call.id), { when: ringsAt(followUp) });
}

/** Opens the contact's record; the worker may have been stopped since the notification was shown. */
export async function onNotificationClicked(notificationId: string): Promise<boolean> {
  const id = callIdOf(notificationId);
  if (id === null) return false;
  const call = await (await callStore()).get(id);
  await browser.notifications.clear(notificationId);
  const url = call && new URL(call.context.recordUrl);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  await browser.tabs.create({ url: url.href, active: true });
  return true;
}

export async function listFollowUps({ dueBy, limit = 200 }: RequestOf<'list-follow-ups'>): Promise<CallRecord[]> {
  try {
    const open = await (await callStore()).openFollowUps();
    return open.filter((call) => dueBy === undefined || (call.followUp && ringsAt(call.followUp) <= dueBy)).slice(0, limit);
  } catch (error) {
    throw asMessageError(error);
  }
}

export async function completeFollowUp({ id }: RequestOf<'complete-follow-up'>): Promise<{ ok: true }> {
  try {
    await (await callStore()).completeFollowUp(id, Date.now()); // already done: nothing to change, still done
  } catch (error) {
    throw asMessageError(error);
  }
  await browser.alarms.clear(alarmName(id));
  await browser.notifications.clear(notificationIdOf(id));
  return { ok: true };
}

const MAX_SNOOZE_MS = 366 * 24 * 3600 * 1000;

export async function snoozeFollowUp({ id, until }: RequestOf<'snooze-follow-up'>): Promise<{ ok: true }> {
  const now = Date.now();
  if (until <= now || until > now + MAX_SNOOZE_MS) throw new MessageError('invalid', 'Snooze to a time in the coming year.');
  let call: CallRecord | undefined;
  try {
    const store = await callStore();
    if (!(await store.snoozeFollowUp(id, until, now))) throw new MessageError('invalid', 'This follow-up is no longer open.');
    call = await store.get(id);
  } catch (error) {
    throw asMessageError(error);
  }
  await browser.notifications.clear(notificationIdOf(id));
  if (call) await syncFollowUpAlarm(call, now);
  return { ok: true };
}
