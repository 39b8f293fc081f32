/**
 * What the rep waits for, in real Chromium on the demo contact page (sidebar preloaded, as the page has a
 * contact): a real click on a tel: link until the gate is painted in the sidebar, and a click on the sidebar tab
 * until the goal form is visible. Both ends are timestamped in the browser (see page-probes.mjs), on the
 * machine's shared clock (performance.timeOrigin + now), not by the test polling.
 */
import { readFileSync } from 'node:fs';
import { launch, sidebarFrame } from './browser.mjs';
import { CLICK_PROBES, installSidebarProbes } from './page-probes.mjs';
import { html, serve } from './serve.mjs';
import { figure, median, p95 } from './stats.mjs';

const SAMPLES = 20;
const WARM_UP = 2;
/**
 * The budgets are p95s; each is the median of TRIALS trials' p95 (gate and toggle trials alternate), so a burst
 * of other work on the shared machine during one trial cannot decide it, while each trial keeps its own tail.
 */
const TRIALS = 3;
const CONTACT = '/demo/contacts/1042';
const TEL = 'a[href="tel:+14155550134"]';

const last = (list) => list[list.length - 1];
const probes = (frame) => frame.evaluate(() => window.__probes);
const clicks = (page, kind) => page.evaluate((k) => window.__clicks.filter((c) => c.kind === k).map((c) => c.at), kind);

/** The tab sits at the right edge when closed and at the panel's left edge when open (harness/chromium.ts). */
async function clickTab(page) {
  const { w, h, open, width } = await page.evaluate(() => {
    const host = document.querySelector('precall-sidebar');
    return { w: innerWidth, h: innerHeight, open: host?.hasAttribute('data-open') ?? false, width: host?.getBoundingClientRect().width ?? 28 };
  });
  await page.mouse.click(open ? w - width + 14 : w - 14, h / 2);
}

const isOpen = (page) => page.evaluate(() => document.querySelector('precall-sidebar')?.hasAttribute('data-open') ?? false);

async function closeSidebar(page) {
  if (await isOpen(page)) await clickTab(page);
  await page.waitForFunction(() => !document.querySelector('precall-sidebar')?.hasAttribute('data-open'));
  await page.waitForTimeout(100); // the hidden frame stops rendering
}

async function gateSamples(page, frame) {
  const samples = { painted: [], inDom: [] };
  for (let i = 0; i < SAMPLES + WARM_UP; i += 1) {
    await closeSidebar(page);
    const before = (await probes(frame)).gatePainted.length;
    await page.click(TEL);
    await frame.evaluate((n) => window.__waitForProbe('gatePainted', n), before);
    const { gatePainted, gateInDom } = await probes(frame);
    const clicked = last(await clicks(page, 'tel'));
    if (i >= WARM_UP) {
      samples.painted.push(last(gatePainted) - clicked);
      samples.inDom.push(last(gateInDom) - clicked);
    }
    await frame.click('[data-testid="cancel-dial"]');
    await frame.waitForSelector('[data-testid="gate"]', { state: 'detached' });
  }
  return samples;
}

async function toggleSamples(page, frame) {
  const samples = [];
  for (let i = 0; i < SAMPLES + WARM_UP; i += 1) {
    await closeSidebar(page);
    const before = (await probes(frame)).formVisible.length;
    await clickTab(page);
    await frame.evaluate((n) => window.__waitForProbe('formVisible', n), before);
    const usable = await frame.evaluate(() => !document.querySelector('[data-testid="goal-outcome"]')?.disabled);
    if (!usable) throw new Error('The goal form was visible but its outcome field was disabled.');
    if (i >= WARM_UP) samples.push(last((await probes(frame)).formVisible) - last(await clicks(page, 'tab')));
  }
  return samples;
}

/**
 * How far the page's and the sidebar's clocks (separate processes) can disagree: read page, frame, page in a
 * row; the frame's reading lies between the two page readings unless the clocks are skewed. Bound in ms.
 */
async function clockSkewBound(page, frame) {
  const now = () => performance.timeOrigin + performance.now();
  let bound = Infinity;
  for (let i = 0; i < 10; i += 1) {
    const a = await page.evaluate(now);
    const f = await frame.evaluate(now);
    const b = await page.evaluate(now);
    bound = Math.min(bound, Math.max(0, a - f, f - b) + (b - a));
  }
  return bound;
}

export async function measure() {
  const server = await serve({ [CONTACT]: html(readFileSync('tests/fixtures/demo/contact.html', 'utf8')) });
  const browser = await launch({ extension: true });
  try {
    await browser.context.addInitScript(CLICK_PROBES);
    const page = await browser.context.newPage();
    await page.goto(server.origin + CONTACT);
    const frame = await sidebarFrame(page); // moves the pointer first: the content script starts its work then
    await frame.waitForSelector('[data-testid="goal-form"]', { state: 'attached' });
    if (!(await frame.evaluate(installSidebarProbes))) throw new Error('The sidebar shows no goal form.');
    const skew = await clockSkewBound(page, frame);
    const trials = { painted: [], inDom: [], toggle: [] };
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const gate = await gateSamples(page, frame);
      trials.painted.push(gate.painted);
      trials.inDom.push(gate.inDom);
      trials.toggle.push(await toggleSamples(page, frame));
    }
    const tail = (list) => median(list.map((samples) => p95(samples)));
    const mid = (list) => median(list.flat()).toFixed(1);
    const how = `median of ${TRIALS} trials' p95, ${SAMPLES} samples each`;
    return [
      figure('Click on tel: → gate painted (p95)', tail(trials.painted), 'ms', 50,
        `${how}; median ${mid(trials.painted)} ms; sidebar preloaded and closed before each click; in-browser timestamps`),
      figure('Click on tel: → gate in the sidebar DOM (p95)', tail(trials.inDom), 'ms', null,
        `${how}; median ${mid(trials.inDom)} ms: content script → background → sidebar render, before paint`),
      figure('Sidebar tab click → goal form visible (p95)', tail(trials.toggle), 'ms', 100,
        `${how}; median ${mid(trials.toggle)} ms; sidebar preloaded; IntersectionObserver in the sidebar`),
      figure('Page ↔ sidebar clock agreement (bound)', skew, 'ms', null, 'the two ends above are read in different processes; their clocks agree within this'),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
