/**
 * The after-call background modules against fake-indexeddb and an in-memory fake of the extension APIs: the log
 * prompt shows once, logging arms the follow-up and recounts the badge, reminders notify exactly once (also across a
 * "restarted worker", i.e. a fresh store connection and no memory), a notification click opens the right record,
 * and "delete all data" leaves nothing behind but the settings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, makeCall, makeContext, openTestStore } from './store/fixtures/make-call';
import type { CallStore } from './store/call-store';
import { fakeBrowser, type FakeBrowser } from './fake-browser.test-helper';
import type { SenderInfo } from '../shared/sender';
import type * as Services from './services';

const state = vi.hoisted(() => ({ fake: null as unknown as { browser: Record<string, unknown> }, store: null as unknown }));
vi.mock('../shared/browser', () => ({ browser: new Proxy({}, { get: (_target, key: string) => state.fake.browser[key] }) }));
vi.mock('./services', async (importOriginal) => ({
  ...(await importOriginal<typeof Services>()),
  callStore: async () => state.store,
}));

const { badgeText, refreshBadge } = await import('./badge');
const { clearLogPrompt, onLogAlarm, onTabReturned, scheduleLogPrompt } = await import('./log-prompt');
const { getOutcomeQueue, logOutcome } = await import('./outcomes');
const { completeFollowUp, listFollowUps, notifyFollowUp, onNotificationClicked, reconcileFollowUps, snoozeFollowUp } = await import('./follow-ups');
const { deleteAllData } = await import('./delete-all');

let fake: FakeBrowser;
let factory: IDBFactory;
let store: CallStore;
const TAB = 7;
const inTab: SenderInfo = { id: 'test-extension', tab: { id: TAB } };
const HOUR = 3_600_000;

beforeEach(async () => {
  fake = fakeBrowser();
  state.fake = fake as unknown as { browser: Record<string, unknown> };
  factory = new IDBFactory();
  globalThis.indexedDB = factory;
  store = (await openTestStore(factory)).store;
  state.store = store;
});

/** A worker restart: a new connection to the same database, nothing kept in memory. */
async function restartWorker(): Promise<void> {
  store = (await openTestStore(factory)).store;
  state.store = store;
}

async function dialed(at = Date.now() - 60_000) {
  return store.save(makeCall({ dial: { status: 'dialed', at, target: 'tel:+14155550100' }, createdAt: at, updatedAt: at }));
}

async function withFollowUp(due: number) {
  const call = await dialed();
  return logOutcome({ id: call.id, outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: [], learned: 'Renewal in May', nextStep: { text: 'Send the renewal quote', due } } });
}

describe('the log prompt', () => {
  it('arms an alarm at dial + delay + margin, and shows exactly once when the rep returns after the delay', async () => {
    const call = await dialed(1_800_000_000_000);
    await scheduleLogPrompt(call, TAB);
    expect(fake.alarms.get(`log:${call.id}`)).toBe(1_800_000_000_000 + 20_000 + 1_000); // default delay 20 s
    await onTabReturned(TAB, 1_800_000_000_000 + 5_000);
    expect(fake.sent).toEqual([]); // too early
    await onTabReturned(TAB, 1_800_000_000_000 + 20_000);
    expect(fake.sent).toEqual([
      { tabId: TAB, message: { type: 'open-sidebar' }, options: { frameId: 0 } },
      { tabId: TAB, message: { type: 'log-prompt', callId: call.id }, options: undefined },
    ]);
    expect(fake.alarms.has(`log:${call.id}`)).toBe(false);
    await onTabReturned(TAB, 1_800_000_000_000 + 60_000);
    await onLogAlarm(call.id);
    expect(fake.sent).toHaveLength(2); // once
    expect(await getOutcomeQueue({}, inTab)).toMatchObject({ total: 1, prompt: call.id });
    expect(await getOutcomeQueue({}, { id: 'test-extension', tab: { id: 8 } })).toMatchObject({ total: 1, prompt: null });
  });

  it('the alarm shows it when the rep never returns, even after a worker restart; a logged call is never prompted', async () => {
    const [first, second] = [await dialed(), await dialed()];
    await scheduleLogPrompt(first, TAB);
    await scheduleLogPrompt(second, TAB + 1);
    await restartWorker();
    await onLogAlarm(first.id);
    expect(fake.sent.map((s) => s.tabId)).toEqual([TAB, TAB]);
    await logOutcome({ id: second.id, outcome: { reached: 'voicemail', questionsAsked: [], learned: '' } });
    await onLogAlarm(second.id);
    expect(fake.sent).toHaveLength(2);
    expect([...fake.session.keys()].filter((k) => k.startsWith('logprompt:'))).toEqual([`logprompt:${TAB}`]);
    await clearLogPrompt(first.id);
    expect([...fake.session.keys()].filter((k) => k.startsWith('logprompt:'))).toEqual([]);
  });
});

describe('logging an outcome', () => {
  it('is acked with the committed record, arms the follow-up and recounts the badge', async () => {
    await dialed();
    expect(await refreshBadge()).toBe(1);
    expect(fake.badge.text).toBe('1');
    const due = Date.now() + 2 * 24 * HOUR;
    const saved = await withFollowUp(due);
    expect(saved.outcome).toMatchObject({ reached: 'connected', goalMet: 'yes', nextStep: { due } });
    expect(saved.followUp).toEqual({ due, status: 'open' });
    expect(await store.get(saved.id)).toEqual(saved);
    expect(fake.alarms.get(`followup:${saved.id}`)).toBe(due);
    expect(fake.badge.text).toBe('1'); // the first dialed call is still waiting
  });

  it('drops "goal met" unless connected, and refuses an unknown call without writing', async () => {
    const call = await dialed();
    const saved = await logOutcome({ id: call.id, outcome: { reached: 'gatekeeper', goalMet: 'yes', questionsAsked: [], learned: '' } });
    expect(saved.outcome?.goalMet).toBeUndefined();
    await expect(logOutcome({ id: makeCall().id, outcome: { reached: 'voicemail', questionsAsked: [], learned: '' } })).rejects.toMatchObject({ code: 'invalid' });
    expect(await store.count()).toBe(1);
  });

  it('shows a storage failure as an error and acks nothing', async () => {
    const call = await dialed();
    store.close(); // every transaction now fails, as a crashed or deleted database would
    await expect(logOutcome({ id: call.id, outcome: { reached: 'voicemail', questionsAsked: [], learned: 'x' } })).rejects.toBeTruthy();
    await restartWorker();
    expect((await store.get(call.id))?.outcome).toBeUndefined();
  });

  it('badge text: empty at zero, capped at 99+', () => {
    expect([0, 1, 42, 100, 250].map(badgeText)).toEqual(['', '1', '42', '99+', '99+']);
  });
});

describe('follow-up reminders', () => {
  it('notify exactly once, however many alarms, reconciles and restarts race', async () => {
    const saved = await withFollowUp(Date.now() + HOUR);
    await store.save({ ...saved, followUp: { due: Date.now() - 1_000, status: 'open' }, updatedAt: saved.updatedAt + 1 });
    await Promise.all([notifyFollowUp(saved.id), notifyFollowUp(saved.id), reconcileFollowUps()]);
    await restartWorker();
    await Promise.all([notifyFollowUp(saved.id), reconcileFollowUps()]);
    expect([...fake.notifications]).toEqual([[`followup:${saved.id}`, { title: 'Follow up with Dana Reyes', message: 'Send the renewal quote' }]]);
  });

  it('reconcile at start: future ones get one alarm, overdue ones ring now, stale ones go, others untouched', async () => {
    const future = await withFollowUp(Date.now() + HOUR);
    const overdue = await withFollowUp(Date.now() + HOUR);
    await store.save({ ...overdue, followUp: { due: Date.now() - HOUR, status: 'open' }, updatedAt: overdue.updatedAt + 1 });
    fake.alarms.clear(); // lost, as on a browser restart
    fake.alarms.set('followup:00000000-0000-4000-8000-00000000dead', Date.now() + HOUR);
    fake.alarms.set('log:something', 1);
    expect(await reconcileFollowUps()).toEqual({ created: 1, fired: 1 });
    expect([...fake.alarms.keys()].sort()).toEqual([`followup:${future.id}`, 'log:something']);
    expect([...fake.notifications.keys()]).toEqual([`followup:${overdue.id}`]);
  });

  it('a worker stopped between the claim and the notification: the next start shows it once; one already up is only settled', async () => {
    const lost = await withFollowUp(Date.now() + HOUR);
    const up = await withFollowUp(Date.now() + HOUR);
    const legacy = await withFollowUp(Date.now() + HOUR);
    // The stopped worker had claimed two reminders; it showed one of them. A record notified before "showing"
    // existed has notifiedAt alone and was shown long ago.
    const claimedAt = Date.now() - 1_000;
    await store.save({ ...lost, followUp: { due: claimedAt - 1, status: 'open', notifiedAt: claimedAt, showing: true }, updatedAt: lost.updatedAt + 1 });
    await store.save({ ...up, followUp: { due: claimedAt - 1, status: 'open', notifiedAt: claimedAt, showing: true }, updatedAt: up.updatedAt + 1 });
    await store.save({ ...legacy, followUp: { due: claimedAt - 1, status: 'open', notifiedAt: claimedAt }, updatedAt: legacy.updatedAt + 1 });
    fake.notifications.clear();
    fake.notifications.set(`followup:${up.id}`, { title: 'Follow up with Dana Reyes', message: 'Send the renewal quote' });
    await restartWorker();
    expect(await reconcileFollowUps()).toEqual({ created: 0, fired: 1 });
    expect([...fake.notifications.keys()].sort()).toEqual([`followup:${lost.id}`, `followup:${up.id}`].sort());
    for (const id of [lost.id, up.id]) expect((await store.get(id))?.followUp).toEqual({ due: claimedAt - 1, status: 'open', notifiedAt: claimedAt });
    fake.notifications.clear(); // the rep dismissed them: nothing shows again at later starts
    await restartWorker();
    expect(await reconcileFollowUps()).toEqual({ created: 0, fired: 0 });
    expect(fake.notifications.size).toBe(0);
  });

  it('a reminder shown by this worker is settled: no "showing" claim is left behind', async () => {
    const saved = await withFollowUp(Date.now() - 1);
    expect(fake.notifications.has(`followup:${saved.id}`)).toBe(true);
    expect((await store.get(saved.id))?.followUp?.showing).toBeUndefined();
    expect((await store.get(saved.id))?.followUp?.notifiedAt).toBeGreaterThan(0);
  });

  it('an early alarm re-arms instead of notifying', async () => {
    const saved = await withFollowUp(Date.now() + HOUR);
    fake.alarms.clear();
    expect(await notifyFollowUp(saved.id)).toBe(false);
    expect(fake.alarms.get(`followup:${saved.id}`)).toBe(saved.followUp?.due);
  });

  it('a notification click opens the contact record from the store, with a worker that knows nothing', async () => {
    const saved = await withFollowUp(Date.now() - 1);
    expect(fake.notifications.has(`followup:${saved.id}`)).toBe(true);
    await restartWorker();
    expect(await onNotificationClicked(`followup:${saved.id}`)).toBe(true);
    expect(fake.opened).toEqual([makeContext().recordUrl]);
    expect(fake.notifications.size).toBe(0);
    expect(await onNotificationClicked('followup:00000000-0000-4000-8000-000000000404')).toBe(false);
    expect(await onNotificationClicked('someone-else')).toBe(false);
    expect(fake.opened).toHaveLength(1);
  });

  it('snooze rings again once at the new time; done silences it and leaves the due list', async () => {
    const saved = await withFollowUp(Date.now() - 1);
    const until = Date.now() + HOUR;
    await snoozeFollowUp({ id: saved.id, until });
    expect(fake.notifications.size).toBe(0);
    expect(fake.alarms.get(`followup:${saved.id}`)).toBe(until);
    expect(await listFollowUps({ dueBy: Date.now() })).toEqual([]);
    expect(await notifyFollowUp(saved.id, until)).toBe(true);
    expect(await notifyFollowUp(saved.id, until)).toBe(false);
    await completeFollowUp({ id: saved.id });
    expect(fake.alarms.size).toBe(0);
    expect(fake.notifications.size).toBe(0);
    expect(await listFollowUps({})).toEqual([]);
    await expect(snoozeFollowUp({ id: saved.id, until })).rejects.toMatchObject({ code: 'invalid' });
    await expect(snoozeFollowUp({ id: saved.id, until: Date.now() - 1 })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('delete all my data', () => {
  it('empties calls, backup database, alarms, our notifications, session state and the badge; keeps settings', async () => {
    await withFollowUp(Date.now() - 1);
    const pending = await dialed();
    await scheduleLogPrompt(pending, TAB);
    await fake.browser.storage.session.set({ [`tab:${TAB}`]: { tabId: TAB, context: null, heldDial: null } });
    await fake.browser.storage.local.set({ settings: { v: 1, value: { kept: true } } });
    await (await openTestStore(factory, 'precall-backup')).store.save(makeCall()); // a backup database on disk
    fake.notifications.set('not-ours', { title: '', message: '' });
    await refreshBadge();
    expect(fake.badge.text).toBe('1');

    await expect(deleteAllData()).resolves.toEqual({ ok: true });
    expect(await store.count()).toBe(0);
    expect((await factory.databases()).map((d) => d.name)).toEqual(['precall']);
    expect(fake.alarms.size).toBe(0);
    expect([...fake.notifications.keys()]).toEqual(['not-ours']);
    expect(fake.session.size).toBe(0);
    expect(fake.badge.text).toBe('');
    expect(fake.local.get('settings')).toEqual({ v: 1, value: { kept: true } });
  });
});
