/**
 * The rep's first interaction with the page (pointer moved, scroll, touch, key), once. Work that only matters to
 * someone using this tab (showing the sidebar's tab, loading the adapters and the sidebar ahead of a dial) then
 * costs nothing on the many CRM and mail tabs that are opened and never touched.
 */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'wheel', 'touchstart', 'keydown', 'focusin'] as const;
/** Even on a page that is never idle, idle work runs this soon. */
const IDLE_TIMEOUT_MS = 300;

/** Runs `first` synchronously in the first interaction's event, so what it shows is there for the click after. */
export function onFirstInteraction(first: () => void, signal: AbortSignal, win: Window = window): void {
  const listening = new AbortController();
  signal.addEventListener('abort', () => listening.abort(), { once: true });
  const fire = () => {
    listening.abort(); // once: every listener goes at the first event
    if (!signal.aborted) first();
  };
  for (const type of INTENT_EVENTS) win.addEventListener(type, fire, { capture: true, passive: true, signal: listening.signal });
}

/** Runs `task` when the browser is idle (within IDLE_TIMEOUT_MS), unless the signal aborted by then. */
export function whenIdle(task: () => void, signal: AbortSignal, win: Window = window): void {
  const run = () => {
    if (!signal.aborted) task();
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(run, 0);
}
