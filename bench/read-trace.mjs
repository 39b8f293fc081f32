/**
 * Attributes main-thread time in a Chromium trace to the extension: events whose script URL is
 * chrome-extension://<id>/<file> (EvaluateScript, FunctionCall, v8.compile, v8.run …), nested events counted once,
 * and top-level tasks (RunTask) over 50 ms that ran extension code.
 */

/** Everything of ours that runs in the host page: the content script and the module it imports on demand. */
export const CONTENT_SCRIPT = ['content.js', 'content-main.js'];

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

// FunctionCall and EvaluateScript carry the URL in args.data; v8.compile and v8.run (the content script's
// top-level evaluation, its biggest single event) only in args.fileName.
const scriptUrl = (event) => event.args?.data?.url ?? event.args?.fileName ?? '';

/** Thread CPU time (tdur) when the trace has it: preemption by other processes on a shared machine is not ours. */
const cpuUs = (event) => event.tdur ?? event.dur;

/** Wall time of the union of intervals, and CPU time of the outermost events (nested ones are inside them). */
function merged(events) {
  let wall = 0;
  let cpu = 0;
  let end = -Infinity;
  for (const event of [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const stop = event.ts + event.dur;
    if (stop <= end) continue; // nested in (or equal to) an event already counted
    if (event.ts >= end) cpu += cpuUs(event);
    wall += stop - Math.max(event.ts, end);
    end = stop;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

// Older Chromium names a main-thread task RunTask; current ones ThreadControllerImpl::RunTask (toplevel category).
const isTask = (event) => event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');

/** @param {string | string[]} files  our script(s): the content script is content.js plus the module it loads on demand */
const isOurs = (files) => (e) =>
  e.ph === 'X' && scriptUrl(e).startsWith('chrome-extension://') && [files].flat().some((file) => scriptUrl(e).endsWith(`/${file}`));

/** Events that run script in a page (as opposed to V8's off-thread work: content-main.js is parsed on a worker). */
const RUNS_SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'v8.run', 'v8.evaluateModule', 'v8.callFunction']);

/** Our events on the threads where our script ran: the host page's main thread, not V8's background parser. */
function onMainThread(ours) {
  const threads = new Set(ours.filter((e) => RUNS_SCRIPT.has(e.name)).map((e) => `${e.pid}:${e.tid}`));
  return ours.filter((e) => threads.has(`${e.pid}:${e.tid}`));
}

/**
 * @param {object[]} events  trace events
 * @param {string | string[]} file  CONTENT_SCRIPT or 'sidebar.js': whose main thread and whose code
 * @param {number} [fromUs]  only events starting at or after this trace timestamp (µs)
 * Long tasks are judged on the task's thread CPU time: a 30 ms task stretched to 90 ms of wall time because the
 * two cores were busy with other browsers is the machine's doing, not the extension's. Wall time is reported too.
 */
export function extensionTime(events, file, fromUs = 0) {
  const ours = onMainThread(events.filter((e) => e.ts >= fromUs && isOurs(file)(e)));
  const threads = new Set(ours.map((e) => `${e.pid}:${e.tid}`));
  const tasksWithOurCode = events.filter(
    (t) => isTask(t) && t.ts >= fromUs && threads.has(`${t.pid}:${t.tid}`) &&
      ours.some((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur),
  );
  const time = merged(ours);
  return {
    scriptMs: time.cpuMs,
    scriptWallMs: time.wallMs,
    longTasks: tasksWithOurCode.filter((t) => cpuUs(t) > 50_000).length,
    longestTaskMs: Math.max(0, ...tasksWithOurCode.map((t) => cpuUs(t) / 1000)),
    longestTaskWallMs: Math.max(0, ...tasksWithOurCode.map((t) => t.dur / 1000)),
  };
}

/** What DevTools counts as Scripting: JS execution and its entry points (callbacks, timers, events, microtasks). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'EventDispatch',
  'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'v8.callFunction', 'V8.Execute',
]);

/**
 * The main thread that ran `file` (the page's renderer, where a content script runs in an isolated world): all its
 * scripting and the part that was ours, both in thread CPU time over the whole trace. The page's own scripting is
 * the difference, measured in the same load, so a busy machine slows both sides of the ratio alike.
 */
export function scriptingShare(events, file) {
  const ours = onMainThread(events.filter(isOurs(file)));
  const thread = ours[0] && `${ours[0].pid}:${ours[0].tid}`;
  const scripting = events.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && `${e.pid}:${e.tid}` === thread);
  const all = merged([...scripting, ...ours]).cpuMs;
  const extension = merged(ours).cpuMs;
  return { extensionMs: extension, pageMs: all - extension };
}

/** The trace clock (µs) at the newest event: a start mark for "from now on" windows. */
export const lastTimestamp = (events) => Math.max(...events.filter((e) => e.ts > 0).map((e) => e.ts));

/**
 * Injection to ready: from the first event that ran `file` (its compile or evaluation) to the end of the top-level
 * task that ran it. The content script does all its start-up synchronously in that task (host mounted, listeners
 * in place, the first readContext and report sent), so the task's end is when it is ready. Null when not found.
 */
export function injectionToReadyMs(events, file) {
  const ours = events.filter(isOurs(file));
  if (ours.length === 0) return null;
  const first = ours.reduce((a, b) => (b.ts < a.ts ? b : a));
  const task = events.find((t) => isTask(t) && t.pid === first.pid && t.tid === first.tid && t.ts <= first.ts && first.ts < t.ts + t.dur);
  if (!task) return null;
  // Chromium injects document_idle scripts in a task of their own, so the task's CPU time is the script's.
  return { wallMs: (task.ts + task.dur - first.ts) / 1000, cpuMs: cpuUs(task) / 1000, endUs: task.ts + task.dur };
}
