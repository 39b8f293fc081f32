/**
 * Init scripts installed in the host page's own world, identically with and without the extension, so both
 * sides carry the same instrumentation cost. Times are performance.now(): ms since the navigation started.
 */

/**
 * Long tasks (> 50 ms) the page itself sees. Chromium's longtask
 * entries do not include tasks that ran only a content script (checked: a 100 ms content-script evaluation is
 * not reported), so extension long tasks are counted from a trace instead (measure-extension-tasks.mjs).
 */
export const HOST_PROBES = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * Timestamps every trusted click in the capture phase at window, the first listener to run (the extension's gate
 * listens on window too, registered later at document_idle), as timeOrigin + event.timeStamp: when the input
 * event was created, so the figure includes input dispatch. A click on the sidebar tab arrives retargeted to the
 * host element. A tel: click's default is prevented in the bubble phase so headless Chromium never dials.
 */
export const CLICK_PROBES = `
  window.__clicks = [];
  window.addEventListener('click', (event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const kind = event.target.closest('a[href^="tel:"]') ? 'tel' : event.target.closest('precall-sidebar') ? 'tab' : 'other';
    window.__clicks.push({ kind, at: performance.timeOrigin + event.timeStamp });
  }, true);
  window.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href^="tel:"]')) event.preventDefault();
  });
`;

/**
 * Evaluated in the sidebar frame (its own process): absolute times (timeOrigin + now) at which the gate banner
 * entered the DOM and was next painted (the following animation frame), and at which the goal form became
 * visible (IntersectionObserver entry.time, computed at the rendering update that shows it).
 */
export function installSidebarProbes() {
  const probes = { gateInDom: [], gatePainted: [], formVisible: [] };
  window.__probes = probes;
  const now = () => performance.timeOrigin + performance.now();
  // The bench awaits a probe instead of polling for it: polling would run in this very process while it renders.
  const waiters = [];
  const record = (list, value) => {
    probes[list].push(value);
    for (const waiter of waiters.splice(0)) {
      if (probes[waiter.list].length > waiter.count) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  window.__waitForProbe = (list, count) =>
    new Promise((resolve, reject) => {
      if (probes[list].length > count) return resolve();
      waiters.push({ list, count, resolve });
      setTimeout(() => reject(new Error(`no ${list} probe within 10 s`)), 10_000);
    });
  let gateShown = false;
  new MutationObserver(() => {
    const present = document.querySelector('[data-testid="gate"]') !== null;
    if (present && !gateShown) {
      record('gateInDom', now());
      requestAnimationFrame(() => record('gatePainted', now()));
    }
    gateShown = present;
  }).observe(document.body, { childList: true, subtree: true });
  const form = document.querySelector('[data-testid="goal-form"]');
  if (form) {
    new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) record('formVisible', performance.timeOrigin + entry.time);
    }).observe(form);
  }
  return form !== null;
}
