/**
 * The content script, as it starts on every CRM and mail tab: the sidebar's tab, the dial gate's click listener,
 * the background's commands, the return-from-call listener — and nothing else. Reading the page waits for someone
 * to need it: the rep's first interaction, a click on a number or the sidebar opening load the rest (main.ts), and
 * the contact is followed only while the sidebar is open. That is what keeps an untouched tab's cost near zero
 * (bench: added main-thread scripting). Everything it attaches is torn down when the extension goes away.
 */
import { browser } from '../shared/browser';
import { sendMessage } from '../shared/send-message';
import { startDialGate } from './dial-gate';
import { onFirstInteraction, whenIdle } from './first-interaction';
import type * as Main from './main';
import { parseContentCommand } from './parse-command';
import { mountSidebarHost } from './sidebar-host';
import { isSidebarReachable, type WebAccessibleEntry } from './sidebar-reachable';
import { ANY_CALL_BUTTON } from './sites/call-buttons';
import { watchReturn } from './watch-return';

/** The manifest's web_accessible_resources in their MV3 shape (entries, not MV2's bare strings). */
function webAccessibleEntries(): WebAccessibleEntry[] {
  const entries: unknown[] = browser.runtime.getManifest().web_accessible_resources ?? [];
  return entries.filter((entry): entry is WebAccessibleEntry => typeof entry === 'object' && entry !== null);
}

function start(): void {
  if ((window as Window & { __precall?: boolean }).__precall) return; // injected twice (e.g. custom domain + manifest)
  (window as Window & { __precall?: boolean }).__precall = true;
  const controller = new AbortController();
  const { signal } = controller;
  const ignore = (error: unknown) => {
    if (__DEV__) console.warn('[precall] the content script could not load its adapters', error);
  };

  let loading: Promise<Main.ContentMain> | null = null;
  let loaded: Main.ContentMain | null = null;
  const main = (): Promise<Main.ContentMain> =>
    (loading ??= (import(browser.runtime.getURL('content-main.js')) as Promise<typeof Main>).then((module) => {
      loaded = module.startMain({ signal, onInvalidated: () => controller.abort() });
      return loaded;
    }));

  const sidebar = mountSidebarHost(location.hostname, signal, (open) => void main().then((m) => m.follow(open), ignore));
  // A rep about to dial has moved or typed first: show the tab at once, then read the page and load the sidebar if
  // it is about someone, so a held dial shows its goal form at once.
  onFirstInteraction(() => {
    sidebar.reveal();
    whenIdle(() => void main().then((m) => m.checkNow() && sidebar.preload(), ignore), signal);
  }, signal);

  // Only the sidebar's goal form can release a held dial: where it cannot load, no dial is held (fail open). Asked
  // at the first click on a number rather than at start, which every tab pays for.
  let reachable: boolean | undefined;
  const sidebarReachable = () => {
    reachable ??= isSidebarReachable(webAccessibleEntries(), new URL(location.href));
    if (!reachable && __DEV__) console.warn('[precall] the sidebar cannot load on this origin; the dial gate is off here');
    return reachable;
  };
  const gate = startDialGate({
    contextAt: (element, target) => main().then((m) => m.contextAt(element, target)),
    // Until the adapters load (the first instant after the first interaction), any site's call control is held;
    // contextAt then lets it go if it is not this site's.
    callButtonSelector: () => loaded?.callButtonSelector() ?? ANY_CALL_BUTTON,
    enabled: sidebarReachable,
    // The sidebar frame loads while the background answers (it may be waking up), not after; closed until held.
    onHolding: () => sidebar.preload(),
    onHeld: () => sidebar.open({ focus: true }),
    // Focus went into the gate; it comes back to the number the rep clicked (keyboard and screen-reader users).
    onSettled: (element) => element.focus({ preventScroll: true }),
    signal,
  });

  // Coming back after a dial may bring up the outcome form; the background knows whether one is due.
  watchReturn(() => void sendMessage('tab-returned', {}).catch(() => {}), signal);

  const onCommand = (raw: unknown) => {
    const command = parseContentCommand(raw);
    if (!command) return undefined;
    if (command.type === 'toggle-sidebar') sidebar.toggle();
    else if (command.type === 'open-sidebar') sidebar.open({ focus: true });
    else if (command.type === 'release-dial') gate.release(command.attemptId);
    else gate.drop(command.attemptId);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand));
}

start();
