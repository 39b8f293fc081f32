/**
 * The rep's first interaction with the page (pointer, touch, key, focus), once. Work that only matters to someone
 * using this tab (showing the sidebar's tab, loading the adapters and the sidebar ahead of a dial) then costs nothing
 * on the many CRM and mail tabs that are opened and never touched.
 */
/**
 * Pointer events cover mouse, pen and touch (a tap has a pointerdown but no move); keydown and focusin are the
 * keyboard and screen-reader users. No wheel or touchstart: each listener is about 40 µs of the host page's main
 * thread at start (CPU profile, bench webmail page), and those two on window also register with the compositor as
 * scroll-blocking candidates. A rep who only scrolls is seen at the next pointer move.
 */
const INTENT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
/** Even on a page that is never idle, idle work runs this soon. */
const IDLE_TIMEOUT_MS = 300;

/**
 * Runs `first` once, synchronously in the first interaction's event, so what it starts loading is on its way before
 * a click. Returns what stops listening. No AbortController: building one is the costliest thing the content script
 * could do at start (CPU profile: its interface objects and abort listener cost more than a listener of the page's).
 */
export function onFirstInteraction(first: () => void, win: Window = window): () => void {
  const options = { capture: true, passive: true };
  const stop = () => {
    for (const type of INTENT_EVENTS) win.removeEventListener(type, fire, options);
  };
  const fire = () => {
    stop(); // once: every listener goes at the first event
    first();
  };
  for (const type of INTENT_EVENTS) win.addEventListener(type, fire, options);
  return stop;
}

/** Runs `task` when the browser is idle (within IDLE_TIMEOUT_MS), unless the signal aborted by then. */
export function whenIdle(task: () => void, signal: AbortSignal, win: Window = window): void {
  const run = () => {
    if (!signal.aborted) task();
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(run, 0);
}
