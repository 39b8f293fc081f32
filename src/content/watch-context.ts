/**
 * Keeps the tab's contact current on single-page apps, at a cost the host page cannot feel. It follows the page only
 * while someone looks (the sidebar is open, which it also is while a dial is held); otherwise it costs nothing and
 * the next open, dial or first interaction reads afresh.
 *
 * While following: navigation (the Navigation API sees the page's own pushState, which an isolated world cannot
 * patch; popstate and hashchange for the rest) brings a check within FAST_MS, and checks stay at most
 * SETTLING_MAX_MS apart for SETTLE_MS while the new record renders. Mutations alone bring a check too, but each
 * unchanged reading doubles the wait, up to MAX_MS: a page that mutates all day (live feeds, timers) costs a
 * readContext every couple of seconds, not four a second. The observer is disconnected from its first callback to
 * the next check, so a busy page wakes us once per check, not on every one of its own tasks.
 */
import type { PageContext } from '../shared/domain';

export const FAST_MS = 250;
export const SETTLE_MS = 2_000;
export const SETTLING_MAX_MS = 500;
export const MAX_MS = 2_000;

export interface WatchContextOptions {
  read: () => PageContext | null;
  onChange: (context: PageContext | null) => void;
  signal: AbortSignal;
  win?: Window;
}

export interface ContextWatch {
  /** Reads now and reports the reading when it differs from the last one reported; returns it. */
  checkNow(): PageContext | null;
  /** Follow the page's changes (true while the sidebar is open) or stop, which leaves nothing running. */
  follow(on: boolean): void;
}

export function watchContext({ read, onChange, signal, win = window }: WatchContextOptions): ContextWatch {
  const doc = win.document;
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  // Without the Navigation API only a mutation can reveal a pushState, so the observer then stays connected.
  const observeBetweenChecks = !navigation;
  let last = '\u0000'; // nothing reported yet
  let href = win.location.href;
  let following = false;
  let observing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FAST_MS;
  let navigatedAt = -Infinity;

  const observer = new MutationObserver(onMutation);

  function observe(): void {
    if (observing || !following || signal.aborted || doc.visibilityState === 'hidden') return;
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    observing = true;
  }

  function unobserve(): void {
    if (!observing) return;
    observer.disconnect();
    observing = false;
  }

  function cancelTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function checkNow(): PageContext | null {
    cancelTimer();
    if (signal.aborted) return null;
    const context = read();
    const key = JSON.stringify(context);
    const moved = win.location.href !== href;
    href = win.location.href;
    if (moved) navigatedAt = performance.now();
    if (key !== last || moved) wait = FAST_MS;
    else wait = Math.min(wait * 2, performance.now() - navigatedAt < SETTLE_MS ? SETTLING_MAX_MS : MAX_MS);
    if (key !== last) {
      last = key;
      onChange(context);
    }
    observe();
    return context;
  }

  function onMutation(): void {
    if (!observeBetweenChecks) unobserve(); // the next check reconnects
    if (win.location.href !== href) return onNavigation();
    timer ??= setTimeout(checkNow, wait);
  }

  function onNavigation(): void {
    if (!following) return;
    navigatedAt = performance.now();
    wait = FAST_MS;
    cancelTimer();
    timer = setTimeout(checkNow, FAST_MS);
  }

  function onVisibility(): void {
    if (doc.visibilityState === 'hidden') {
      unobserve();
      cancelTimer();
    } else onNavigation(); // the page may have changed while hidden
  }

  const listen = { signal } as const;
  for (const type of ['popstate', 'hashchange'] as const) win.addEventListener(type, onNavigation, listen);
  doc.addEventListener('visibilitychange', onVisibility, listen);
  navigation?.addEventListener('currententrychange', onNavigation, listen);
  signal.addEventListener('abort', () => {
    unobserve();
    cancelTimer();
  });

  return {
    checkNow,
    follow(on) {
      if (on === following) return;
      following = on;
      if (!on) {
        unobserve();
        cancelTimer();
        return;
      }
      navigatedAt = performance.now(); // what was read before may be stale: settle as after a navigation
      wait = FAST_MS;
      checkNow();
    },
  };
}
