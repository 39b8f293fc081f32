/**
 * The content script, as it starts on every CRM and mail tab: event listeners (the rep's first interaction, the dial
 * gate's click, the return from a call) and an entry point for the background's commands — nothing else: no element
 * in the page, no extension API touched. The sidebar's host and tab appear at the rep's first interaction (restored
 * open where the rep left it open), or when a dial is held or a command comes; reading the page waits for the same
 * moments (main.ts), and the contact is followed only while the sidebar is open. That is what keeps an untouched
 * tab's cost near zero (bench: added main-thread scripting). Everything it attaches goes when the extension does.
 */
import { browser } from '../shared/browser';
import { sendMessage } from '../shared/send-message';
import { startDialGate } from './dial-gate';
import { onFirstInteraction, whenIdle } from './first-interaction';
import type * as Main from './main';
import { parseContentCommand } from './parse-command';
import { mountSidebarHost, type SidebarHost } from './sidebar-host';
import { isSidebarReachable, type WebAccessibleEntry } from './sidebar-reachable';
import { ANY_CALL_BUTTON } from './sites/call-buttons';
import { watchReturn } from './watch-return';

/** The manifest's web_accessible_resources in their MV3 shape (entries, not MV2's bare strings). */
function webAccessibleEntries(): WebAccessibleEntry[] {
  const entries: unknown[] = browser.runtime.getManifest().web_accessible_resources ?? [];
  return entries.filter((entry): entry is WebAccessibleEntry => typeof entry === 'object' && entry !== null);
}

interface PrecallWorld {
  __precall?: boolean;
  __precallCommand?: (raw: unknown) => boolean;
}

function start(): void {
  if ((window as Window & PrecallWorld).__precall) return; // injected twice (e.g. custom domain + manifest)
  (window as Window & PrecallWorld).__precall = true;
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

  let host: SidebarHost | null = null;
  const sidebar = (): SidebarHost =>
    (host ??= mountSidebarHost(location.hostname, signal, (open) => void main().then((m) => m.follow(open), ignore)));
  // A rep about to dial has moved or typed first: show the tab at once, then read the page and load the sidebar if
  // it is about someone, so a held dial shows its goal form at once.
  onFirstInteraction(() => {
    sidebar().reveal();
    whenIdle(() => void main().then((m) => m.checkNow() && sidebar().preload(), ignore), signal);
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
    onHolding: () => sidebar().preload(),
    onHeld: () => sidebar().open({ focus: true }),
    // Focus went into the gate; it comes back to the number the rep clicked (keyboard and screen-reader users).
    onSettled: (element) => element.focus({ preventScroll: true }),
    signal,
  });

  // Coming back after a dial may bring up the outcome form; the background knows whether one is due.
  watchReturn(() => void sendMessage('tab-returned', {}).catch(() => {}), signal);

  // The background's commands arrive through this isolated world (background/content-command.ts), which the page
  // cannot reach; true says the command was taken.
  const world = globalThis as PrecallWorld;
  world.__precallCommand = (raw: unknown) => {
    const command = parseContentCommand(raw);
    if (!command || signal.aborted) return false;
    if (command.type === 'toggle-sidebar') sidebar().toggle();
    else if (command.type === 'open-sidebar') sidebar().open({ focus: true });
    else if (command.type === 'release-dial') gate.release(command.attemptId);
    else gate.drop(command.attemptId);
    return true;
  };
  signal.addEventListener('abort', () => delete world.__precallCommand);
}

start();
