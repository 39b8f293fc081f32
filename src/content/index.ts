/**
 * The content script: picks the site adapter, keeps the tab's contact current, mounts the sidebar host and the dial
 * gate, and obeys the background's commands. Everything it attaches is torn down when the extension goes away.
 */
import { browser } from '../shared/browser';
import type { PageContext } from '../shared/domain';
import { isContextInvalidated } from '../shared/message-errors';
import { ContentCommand } from '../shared/content-command';
import { sendMessage } from '../shared/send-message';
import { adapterForUrl, readContext } from './sites';
import { fallbackContext } from './fallback-context';
import { startDialGate } from './dial-gate';
import { mountSidebarHost } from './sidebar-host';
import { isSidebarReachable, type WebAccessibleEntry } from './sidebar-reachable';
import { watchContext } from './watch-context';
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
  const currentUrl = () => new URL(location.href);
  const sidebar = mountSidebarHost(location.hostname, signal);

  function report(context: PageContext | null): void {
    if (context) sidebar.preload();
    sendMessage('report-context', { context }).catch((error: unknown) => {
      if (isContextInvalidated(error)) controller.abort(); // the extension was updated or removed: step out of the page
    });
  }

  watchContext({ read: () => readContext(document, currentUrl()), onChange: report, signal });

  // Only the sidebar's goal form can release a held dial: where it cannot load, no dial is held (fail open).
  const gate = isSidebarReachable(webAccessibleEntries(), currentUrl())
    ? startDialGate({
        contextAt: (element, target) => readContext(document, currentUrl()) ?? fallbackContext(currentUrl(), element, target),
        callButtonSelector: () => adapterForUrl(currentUrl())?.callButtonSelector ?? '',
        onHeld: () => sidebar.open({ focus: true }),
        // Focus went into the gate; it comes back to the number the rep clicked (keyboard and screen-reader users).
        onSettled: (element) => element.focus({ preventScroll: true }),
        signal,
      })
    : null;
  if (!gate && __DEV__) console.warn('[precall] the sidebar cannot load on this origin; the dial gate is off here');

  // Coming back after a dial may bring up the outcome form; the background knows whether one is due.
  watchReturn(() => void sendMessage('tab-returned', {}).catch(() => {}), signal);

  const onCommand = (raw: unknown) => {
    const command = ContentCommand.safeParse(raw);
    if (!command.success) return undefined;
    if (command.data.type === 'toggle-sidebar') sidebar.toggle();
    else if (command.data.type === 'open-sidebar') sidebar.open({ focus: true });
    else if (command.data.type === 'release-dial') gate?.release(command.data.attemptId);
    else gate?.drop(command.data.attemptId);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand));
}

start();
