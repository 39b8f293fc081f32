/**
 * readContext (the site adapters) in real Chromium, not jsdom: the adapters bundled as the content script
 * bundles them, run on saved CRM pages padded to 10,000 elements, at each page's real URL (passed to
 * readContext; the page itself is served from 127.0.0.1, cross-origin isolated for a 5 µs clock).
 */
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { launch } from './browser.mjs';
import { html, ISOLATED, serve } from './serve.mjs';
import { figure, median, p95 } from './stats.mjs';

const FIXTURES = ['demo/contact', 'salesforce/lightning-contact', 'gmail/thread', 'hubspot/contact-record'];
const ELEMENTS = 10_000;
const CALLS = 60;
const WARM_UP = 10;

async function sitesBundle() {
  const result = await esbuild.build({
    entryPoints: ['src/content/sites/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'PrecallSites',
    target: 'chrome120',
    minify: true,
    define: { __DEV__: 'false', __BROWSER__: '"chrome"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** In the page: pads <body> with CRM-like rows to `total` elements, then times readContext `calls` times. */
function padAndTime({ total, url, calls, warmUp }) {
  const filler = document.createElement('div');
  filler.className = 'related-lists';
  document.body.append(filler);
  for (let i = 0; document.getElementsByTagName('*').length < total; i += 1) {
    const row = document.createElement('div');
    row.className = 'row';
    const label = Object.assign(document.createElement('span'), { className: 'label', textContent: `Field ${i}` });
    const link = Object.assign(document.createElement('a'), { href: `/r/${i}`, textContent: `Record ${i}` });
    const note = document.createElement('p');
    note.append('Note ', Object.assign(document.createElement('b'), { textContent: String(i) }));
    row.append(label, link, note);
    filler.append(row);
  }
  const times = [];
  let context = null;
  for (let i = 0; i < calls + warmUp; i += 1) {
    const start = performance.now();
    context = window.PrecallSites.readContext(document, new URL(url));
    if (i >= warmUp) times.push(performance.now() - start);
  }
  return { times, elements: document.getElementsByTagName('*').length, name: context?.person?.name ?? context?.company ?? null };
}

export async function measure() {
  const routes = {};
  const expected = {};
  for (const fixture of FIXTURES) {
    routes[`/pad/${fixture}`] = { ...html(readFileSync(`tests/fixtures/${fixture}.html`, 'utf8')), headers: ISOLATED };
    expected[fixture] = JSON.parse(readFileSync(`tests/fixtures/${fixture}.expected.json`, 'utf8'));
  }
  const [server, bundle] = await Promise.all([serve(routes), sitesBundle()]);
  const browser = await launch({ extension: false });
  try {
    const figures = [];
    for (const fixture of FIXTURES) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/pad/${fixture}`);
      await page.addScriptTag({ content: bundle });
      const run = await page.evaluate(padAndTime, { total: ELEMENTS, url: expected[fixture].url, calls: CALLS, warmUp: WARM_UP });
      await page.close();
      const want = expected[fixture].context?.person?.name ?? expected[fixture].context?.company;
      if (run.name !== want) throw new Error(`readContext on padded ${fixture} found ${run.name}, expected ${want}`);
      figures.push(figure(`readContext, ${fixture} at ${(run.elements / 1000).toFixed(0)}k elements (p95)`, p95(run.times), 'ms', 5,
        `median ${median(run.times).toFixed(2)} ms over ${CALLS} calls; found ${run.name}`));
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
