/**
 * Init scripts installed in the host page's own world, identically with and without the extension, so both
 * sides carry the same instrumentation cost. Times are performance.now(): ms since the navigation started.
 */

/** Long tasks (> 50 ms) on the page's main thread, and when the sidebar host element was attached. */
export const HOST_PROBES = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__sidebarAttachedAt = null;
  new MutationObserver((records, observer) => {
    if (!document.querySelector('precall-sidebar')) return;
    window.__sidebarAttachedAt = performance.now();
    observer.disconnect();
  }).observe(document.documentElement, { childList: true });
`;

/**
 * Timestamps every trusted click on a phone link in the capture phase at window, the first listener to run,
 * before the extension's gate (its listener is on window too but registered later, at document_idle).
 * The click's default is prevented afterwards in the bubble phase so headless Chromium never opens tel:.
 */
export const CLICK_PROBES = `
  window.__telClicks = [];
  window.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a[href^="tel:"]');
    if (link && event.isTrusted) window.__telClicks.push(performance.timeOrigin + event.timeStamp);
  }, true);
  window.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href^="tel:"]')) event.preventDefault();
  });
`;
