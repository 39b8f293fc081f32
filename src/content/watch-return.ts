/**
 * Tells the background when the rep comes back to this tab (it becomes visible, or its window gets focus), so a call
 * dialed from here can be logged. Cheap on purpose: one listener each, at most one message per second (focus and
 * visibilitychange usually arrive together), and the background decides whether anything is due.
 */
const MIN_GAP_MS = 1_000;

export function watchReturn(onReturn: () => void, signal: AbortSignal): void {
  let last = -Infinity;
  const returned = () => {
    if (document.visibilityState !== 'visible') return;
    const now = performance.now();
    if (now - last < MIN_GAP_MS) return;
    last = now;
    onReturn();
  };
  document.addEventListener('visibilitychange', returned, { signal });
  window.addEventListener('focus', returned, { signal });
}
