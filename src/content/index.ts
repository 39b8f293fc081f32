/**
 * The content script, as it starts on every CRM and mail tab: five event listeners (the rep's first interaction, a
 * click on a number) and an entry point for the background's commands — nothing else: no element in the page, no
 * extension API touched, no sidebar, gate or adapter code compiled. The rest (main.ts, built as content-main.js) is
 * imported at the rep's first interaction, a click on a number or a command, and brings the sidebar's tab, the dial
 * gate, the contact watch and the return watch. That is what keeps an untouched tab's cost near zero (bench: added
 * main-thread scripting). Everything it attaches goes when the extension does.
 *
 * Only stopping the click is here: a click on a number must be stopped in its own event, before any import could
 * finish; whether it is held or let go is decided in main.ts.
 */
import { browser } from '../shared/browser';
import { holdDialClicks } from './dial-click';
import { onFirstInteraction } from './first-interaction';
import type * as Main from './main';
import { isSidebarReachable, type WebAccessibleEntry } from './sidebar-reachable';
import { ANY_CALL_BUTTON } from './sites/call-buttons';

/** The manifest's web_accessible_resources in their MV3 shape (entries, not MV2's bare strings). */
function webAccessibleEntries(): WebAccessibleEntry[] {
  const entries: unknown[] = browser.runtime.getManifest().web_accessible_resources ?? [];
  return entries.filter((entry): entry is WebAccessibleEntry => typeof entry === 'object' && entry !== null);
}

interface PrecallWorld {
  __precallCommand?: (raw: unknown) => boolean;
}

const world = globalThis as PrecallWorld;

// Top-level statements rather than a start() function: the script's own compile covers them, where a function called
// once would be parsed a second time when called (bench: about 0.15 ms of the host page's main thread). The command
// entry marks a running script, so a page that a custom domain and the manifest both match starts it once.
if (!world.__precallCommand) {
  // What start-up attaches is undone by hand rather than through an AbortController: building one is the costliest
  // thing this script could do at start (see first-interaction.ts). main.ts, loaded on demand, has its own.
  let stopped = false;
  const stops: Array<() => void> = [];
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const undo of stops) undo();
  };

  let loading: Promise<Main.ContentMain> | null = null;
  let loaded: Main.ContentMain | null = null;
  const main = (): Promise<Main.ContentMain> =>
    (loading ??= (import(browser.runtime.getURL('content-main.js')) as Promise<typeof Main>).then((module) => {
      const controller = new AbortController();
      stops.push(() => controller.abort());
      loaded = module.startMain({ signal: controller.signal, onInvalidated: stop });
      if (stopped) controller.abort();
      return loaded;
    }));
  const withMain = (use: (m: Main.ContentMain) => void, orElse = () => {}) =>
    void main().then((m) => (stopped ? orElse() : use(m)), orElse);

  // A rep about to dial has moved or typed first: the tab shows as soon as main.ts is in, and the sidebar loads
  // ahead of a dial if the page is about someone.
  stops.push(onFirstInteraction(() => withMain((m) => m.firstInteraction())));

  // Only the sidebar's goal form can release a held dial: where it cannot load, no click is stopped (fail open,
  // untouched). Asked at the first click on a number rather than at start, which every tab pays for.
  let reachable: boolean | undefined;
  stops.push(
    holdDialClicks({
      // Until main.ts is in (the first instant after the first interaction), any site's call control is stopped;
      // the gate then lets it go if it is not this site's.
      callButtonSelector: () => loaded?.callButtonSelector() ?? ANY_CALL_BUTTON,
      enabled: () => (reachable ??= isSidebarReachable(webAccessibleEntries(), new URL(location.href))),
      // If main.ts cannot load (the extension was just updated or removed), the click the rep made still dials.
      onDialClick: (control) => withMain((m) => m.dialClicked(control), () => control.element.click()),
    }),
  );

  // The background's commands arrive through this isolated world (background/content-command.ts), which the page
  // cannot reach; true says the command was taken (main.ts checks it and carries it out).
  world.__precallCommand = (raw: unknown) => {
    if (stopped) return false;
    withMain((m) => m.command(raw));
    return true;
  };
  stops.push(() => delete world.__precallCommand);
}
