/**
 * Attributes main-thread time in a Chromium trace to the extension: events whose script URL is
 * chrome-extension://<id>/<file> (EvaluateScript, FunctionCall, v8.compile …), overlapping intervals merged so
 * nested events count once, and top-level tasks (RunTask) over 50 ms that ran extension code.
 */

/** Records a trace of `page` around `run()`; returns the raw events. */
export async function traced(context, page, run) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'v8'] }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

const scriptUrl = (event) => event.args?.data?.url ?? '';

function mergedMs(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of intervals.sort((a, b) => a[0] - b[0])) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}

/**
 * @param {object[]} events  trace events
 * @param {string} file      'content.js' or 'sidebar.js': whose main thread and whose code
 * @param {number} [fromUs]  only events starting at or after this trace timestamp (µs)
 */
export function extensionTime(events, file, fromUs = 0) {
  const ours = events.filter((e) => e.ph === 'X' && e.ts >= fromUs && scriptUrl(e).startsWith('chrome-extension://') && scriptUrl(e).endsWith(`/${file}`));
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  const tasksWithOurCode = events.filter(
    (t) => t.ph === 'X' && t.name === 'RunTask' && t.ts >= fromUs && threads.has(`${t.pid}:${t.tid}`) &&
      ours.some((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur),
  );
  return {
    scriptMs: mergedMs(ours.map((e) => [e.ts, e.ts + e.dur])),
    longTasks: tasksWithOurCode.filter((t) => t.dur > 50_000).length,
    longestTaskMs: Math.max(0, ...tasksWithOurCode.map((t) => t.dur / 1000)),
  };
}

/** The trace clock (µs) at the newest event: a start mark for "from now on" windows. */
export const lastTimestamp = (events) => Math.max(...events.filter((e) => e.ts > 0).map((e) => e.ts));
