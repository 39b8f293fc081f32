/**
 * Keeps the tab's contact current on single-page apps. One MutationObserver per page (disconnected while the tab is
 * hidden or when the signal aborts) plus navigation events; checks are throttled to one per CHECK_MS, so a page that
 * mutates constantly costs at most a few readContext calls a second, and a quiet page costs nothing: no polling.
 */
import type { PageContext } from '../shared/domain';

export const CHECK_MS = 250;

export interface WatchContextOptions {
  read: () => PageContext | null;
  onChange: (context: PageContext | null) => void;
  signal: AbortSignal;
  win?: Window;
}

export function watchContext({ read, onChange, signal, win = window }: WatchContextOptions): { checkNow(): void } {
  const doc = win.document;
  let last = '\u0000'; // nothing reported yet
  let timer: ReturnType<typeof setTimeout> | undefined;

  function checkNow(): void {
    timer = undefined;
    if (signal.aborted) return;
    const context = read();
    const key = JSON.stringify(context);
    if (key === last) return;
    last = key;
    onChange(context);
  }

  function schedule(): void {
    // Throttle, not debounce: a page that never stops mutating still gets checked within CHECK_MS.
    timer ??= setTimeout(checkNow, CHECK_MS);
  }

  const observer = new MutationObserver(schedule);
  const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  function onVisibility(): void {
    if (doc.visibilityState === 'hidden') return observer.disconnect();
    observe();
    schedule();
  }

  const listen = { signal, capture: false } as const;
  for (const type of ['popstate', 'hashchange'] as const) win.addEventListener(type, schedule, listen);
  doc.addEventListener('visibilitychange', onVisibility, listen);
  // The Navigation API sees the page's own pushState/replaceState, which an isolated world cannot patch.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', schedule, listen);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  if (doc.visibilityState !== 'hidden') observe();
  checkNow();
  return { checkNow };
}
