/**
 * The extension's own main-thread work in the host page, read from Chromium traces (with the extension only):
 * long tasks that ran content-script code on the heavy pages, and the content script's idle cost on a quiet
 * page (scripting in the 10 s after load settles; the watcher has no polling, so this should be ~0).
 * Tracing adds overhead, so durations here read a little high; counts and the idle figure are what matter.
 */
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { writeHeavyPages } from './fixtures/make-heavy-pages.mjs';
import { extensionTime, traced } from './read-trace.mjs';
import { html, serve } from './serve.mjs';
import { figure, median } from './stats.mjs';

const ROUNDS = 3;
const HEAVY = { 'CRM record': '/demo/contacts/bench-crm', 'webmail thread': '/demo/contacts/bench-mail' };
const QUIET = '/demo/contacts/1042';
const IDLE_MS = 10_000;

async function heavyRound(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url.replace(/\/demo\/.*$/, '/blank'));
  const events = await traced(browser.context, page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('precall-sidebar', { state: 'attached' });
    await page.waitForTimeout(5_000);
  });
  await page.close();
  return extensionTime(events, 'content.js');
}

async function idleRound(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('precall-sidebar', { state: 'attached' });
  await page.waitForTimeout(2_000); // the first context report and the sidebar preload settle
  const events = await traced(browser.context, page, () => page.waitForTimeout(IDLE_MS));
  await page.close();
  return { content: extensionTime(events, 'content.js'), sidebar: extensionTime(events, 'sidebar.js') };
}

export async function measure() {
  writeHeavyPages();
  const server = await serve({
    '/blank': html('<!doctype html><title>blank</title>'),
    [HEAVY['CRM record']]: html(readFileSync('bench/fixtures/crm-record.html', 'utf8')),
    [HEAVY['webmail thread']]: html(readFileSync('bench/fixtures/webmail-thread.html', 'utf8')),
    [QUIET]: html(readFileSync('tests/fixtures/demo/contact.html', 'utf8')),
  });
  const browser = await launch({ extension: true });
  try {
    const figures = [];
    for (const [name, path] of Object.entries(HEAVY)) {
      await heavyRound(browser, server.origin + path); // warm-up
      const runs = [];
      for (let round = 0; round < ROUNDS; round += 1) runs.push(await heavyRound(browser, server.origin + path));
      const longest = Math.max(...runs.map((r) => r.longestTaskMs));
      figures.push(figure(`Extension long tasks (> 50 ms), ${name}`, median(runs.map((r) => r.longTasks)), 'count', 0,
        `trace, median of ${ROUNDS} loads; content.js scripting ${median(runs.map((r) => r.scriptMs)).toFixed(1)} ms in 5 s after load; longest extension task ${longest.toFixed(0)} ms`));
    }
    const idle = [];
    for (let round = 0; round < ROUNDS; round += 1) idle.push(await idleRound(browser, server.origin + QUIET));
    figures.push(figure('Content script idle cost, quiet page', median(idle.map((r) => r.content.scriptMs)), 'ms', 1,
      `trace: content.js main-thread scripting over ${IDLE_MS / 1000} s after load, median of ${ROUNDS}`));
    figures.push(figure('Sidebar idle cost (its own process)', median(idle.map((r) => r.sidebar.scriptMs)), 'ms', null,
      `trace: sidebar.js scripting over the same ${IDLE_MS / 1000} s; not on the host page's thread`));
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
