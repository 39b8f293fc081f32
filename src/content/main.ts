/**
 * The part of the content script that loads on demand: content/index.ts imports this module (web-accessible, built
 * as content-main.js) at the rep's first interaction with the page, a click on a number or a command from the
 * background. It holds everything a used tab needs — the sidebar's host and tab, the site adapters, the contact
 * watch, the return watch — so that an untouched CRM or mail tab compiles and runs none of it.
 */
import type { PageContext } from '../shared/domain';
import { isContextInvalidated } from '../shared/message-errors';
import { sendMessage } from '../shared/send-message';
import { createDialGate } from './dial-gate';
import { fallbackContext } from './fallback-context';
import { findDialControl, type DialControl } from './find-dial-control';
import { whenIdle } from './first-interaction';
import { parseContentCommand } from './parse-command';
import { mountSidebarHost } from './sidebar-host';
import { adapterForUrl, readContext } from './sites';
import { watchContext } from './watch-context';
import { watchReturn } from './watch-return';

export interface ContentMain {
  /** The rep moved, typed or focused: show the tab now, read the page and preload the sidebar when idle. */
  firstInteraction(): void;
  /** A real click on a dial control, stopped by dial-click.ts: the gate replays or holds it. */
  dialClicked(control: DialControl): void;
  /** A command from the background (background/content-command.ts), checked here; malformed ones do nothing. */
  command(raw: unknown): void;
  /** This site's own call controls, for dial-click.ts. */
  callButtonSelector(): string;
}

export interface MainOptions {
  signal: AbortSignal;
  /** The extension was updated or removed: the content script steps out of the page. */
  onInvalidated: () => void;
}

export function startMain({ signal, onInvalidated }: MainOptions): ContentMain {
  const currentUrl = () => new URL(location.href);
  const callButtonSelector = () => adapterForUrl(currentUrl())?.callButtonSelector ?? '';
  const stepOutIfInvalidated = (error: unknown) => {
    if (isContextInvalidated(error)) onInvalidated();
  };

  function report(context: PageContext | null): void {
    sendMessage('report-context', { context }).catch(stepOutIfInvalidated);
  }

  const watch = watchContext({ read: () => readContext(document, currentUrl()), onChange: report, signal });
  // The contact is followed only while the sidebar is open.
  const sidebar = mountSidebarHost(location.hostname, signal, watch.follow);

  // Coming back after a dial may bring up the outcome form; the background knows whether one is due. A document
  // nobody touched dialed nothing, so this starts with the rest (a tab reloaded mid-call has the prompt's alarm).
  watchReturn(() => void sendMessage('tab-returned', {}).catch(stepOutIfInvalidated), signal);

  /** The contact a dial on this element is for; null when it is not this site's call control after all. */
  function contextAt(element: HTMLElement, target: string): PageContext | null {
    if (!findDialControl(element, callButtonSelector())) return null;
    return readContext(document, currentUrl()) ?? fallbackContext(currentUrl(), element, target);
  }

  const gate = createDialGate({
    async attempt(element, target) {
      const context = contextAt(element, target);
      return context ? sendMessage('dial-attempt', { context, target }) : null;
    },
    // The sidebar frame loads while the background answers (it may be waking up), not after; closed until held.
    onHolding: () => sidebar.preload(),
    onHeld: () => sidebar.open({ focus: true }),
    // Focus went into the gate; it comes back to the number the rep clicked (keyboard and screen-reader users).
    onSettled: (element) => element.focus({ preventScroll: true }),
  });

  return {
    firstInteraction() {
      sidebar.reveal();
      // A page about someone gets its sidebar loaded ahead of a dial, so a held dial shows its goal form at once.
      whenIdle(() => {
        if (watch.checkNow()) sidebar.preload();
      }, signal);
    },
    dialClicked: gate.clicked,
    command(raw) {
      const command = parseContentCommand(raw);
      if (!command) {
        if (__DEV__) console.warn('[precall] ignored a malformed command', raw);
      } else if (command.type === 'toggle-sidebar') sidebar.toggle();
      else if (command.type === 'open-sidebar') sidebar.open({ focus: true });
      else if (command.type === 'release-dial') gate.release(command.attemptId);
      else gate.drop(command.attemptId);
    },
    callButtonSelector,
  };
}
