/**
 * What each tab is about right now (the contact its content script reported, and a dial held by the gate),
 * kept in storage.session so it survives the service worker stopping, and visible only to our own pages.
 */
import { browser } from '../shared/browser';
import type { ContentCommand } from '../shared/content-command';
import type { PageContext } from '../shared/domain';
import { HeldDial, TabState, type TabStateChanged } from '../shared/messages';
import { sendContentCommand } from './content-command';

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState> {
  const key = tabStateKey(tabId);
  const parsed = TabState.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : { tabId, context: null, heldDial: null };
}

async function writeTabState(state: TabState): Promise<void> {
  const parsed = TabState.parse(state);
  await browser.storage.session.set({ [tabStateKey(state.tabId)]: parsed });
  // Tell the tab's sidebar. Firefox gives an extension frame inside a web page neither storage.session nor
  // runtime broadcasts, but both browsers deliver a message addressed to the tab to every frame in it (the content
  // script ignores it). No sidebar open: nothing to tell. Not awaited: waiting for every frame to answer would
  // delay the reply to a held dial by a round trip through the tab, and the gate must paint fast; messages to one
  // tab arrive in the order they were sent, so a later state cannot be overtaken by this one.
  const change: TabStateChanged = { type: 'tab-state-changed', state: parsed };
  void browser.tabs.sendMessage(state.tabId, change).catch(() => {});
}

/** Each tab's read-modify-write in turn, so a context report and a held dial arriving together both land. */
const pending = new Map<number, Promise<unknown>>();

function updateTabState<T>(tabId: number, change: (state: TabState) => { next: TabState; result: T }): Promise<T> {
  const run = (pending.get(tabId) ?? Promise.resolve()).catch(() => {}).then(async () => {
    const { next, result } = change(await readTabState(tabId));
    await writeTabState(next);
    return result;
  });
  pending.set(tabId, run);
  void run.finally(() => {
    if (pending.get(tabId) === run) pending.delete(tabId);
  }).catch(() => {});
  return run;
}

export async function setTabContext(tabId: number, context: PageContext | null): Promise<void> {
  const dropped = await updateTabState(tabId, (state) => {
    // A held dial belongs to the contact it was made for; navigating elsewhere drops it (promise 17).
    const heldDial = state.heldDial && context && sameRecord(state.heldDial.context, context) ? state.heldDial : null;
    return { next: { ...state, context, heldDial }, result: heldDial ? null : state.heldDial };
  });
  // The content script holds the click too; unless told, it keeps waiting and swallows every later dial on the page.
  if (dropped) {
    const drop: ContentCommand = { type: 'drop-dial', attemptId: dropped.attemptId };
    await sendContentCommand(tabId, drop).catch(() => {});
  }
}

export async function setHeldDial(tabId: number, heldDial: HeldDial | null): Promise<void> {
  await updateTabState(tabId, (state) => ({ next: { ...state, heldDial: heldDial && HeldDial.parse(heldDial) }, result: undefined }));
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}

function sameRecord(a: PageContext, b: PageContext): boolean {
  return a.recordUrl === b.recordUrl;
}
