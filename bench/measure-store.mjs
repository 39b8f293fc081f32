/**
 * The call store at 10,000 and 100,000 calls, in real Chromium's IndexedDB: the extension's own CallStore
 * (bundled from src/background/store) in a plain page, seeded through importMany (the team-import path, which
 * writes the derived index keys exactly as save does), then timed: save of a new call and a contact's history.
 */
import * as esbuild from 'esbuild';
import { launch } from './browser.mjs';
import { html, js, serve } from './serve.mjs';
import { figure, median, p95 } from './stats.mjs';

const SIZES = [10_000, 100_000];
const CHUNK = 5_000;
const SAMPLES = 40;
const fmt = (n) => n.toLocaleString('en-US');

async function storeBundle() {
  const result = await esbuild.build({
    entryPoints: ['bench/store-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    define: { __DEV__: 'false', __BROWSER__: '"chrome"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** In the page: imports generated calls [first, first + count) in one importMany transaction. */
async function seed({ name, first, count }) {
  const store = await window.PrecallBench.openStore(name);
  const result = await store.importMany(window.PrecallBench.generateCalls(count, first));
  store.close();
  return result.inserted;
}

/** In the page: times `samples` saves of new calls and `samples` history lookups of seeded contacts. */
async function timeOperations({ name, size, samples }) {
  const { generateCalls, contactOf, openStore } = window.PrecallBench;
  const store = await openStore(name);
  const saves = [];
  const lookups = [];
  let found = 0;
  for (let i = 0; i < samples; i += 1) {
    const [call] = generateCalls(1, size + 1 + i, 7 + i);
    call.createdAt = call.updatedAt = Date.now();
    let start = performance.now();
    await store.save(call);
    saves.push(performance.now() - start);
    const contact = contactOf(Math.floor(((i + 1) * size) / (samples + 1)));
    start = performance.now();
    found += (await store.history(contact, 50)).length;
    lookups.push(performance.now() - start);
  }
  const count = await store.count();
  store.close();
  return { saves, lookups, found, count };
}

export async function measure() {
  const server = await serve({ '/store/': html('<!doctype html><title>store bench</title><script src="/store/bench.js"></script>'), '/store/bench.js': js(await storeBundle()) });
  const browser = await launch({ extension: false });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/store/`);
    const figures = [];
    for (const size of SIZES) {
      const name = `precall-bench-${size}`;
      const seedStart = Date.now();
      for (let first = 1; first <= size; first += CHUNK) {
        await page.evaluate(seed, { name, first, count: Math.min(CHUNK, size - first + 1) });
      }
      const seedMs = Date.now() - seedStart;
      const run = await page.evaluate(timeOperations, { name, size, samples: SAMPLES });
      if (run.count !== size + SAMPLES) throw new Error(`store holds ${run.count} calls, expected ${size + SAMPLES}`);
      figures.push(figure(`Store save at ${fmt(size)} calls (p95)`, p95(run.saves), 'ms', 50,
        `median ${median(run.saves).toFixed(1)} ms over ${SAMPLES} saves; strict-durability transaction; seeding took ${(seedMs / 1000).toFixed(1)} s`));
      figures.push(figure(`Store history lookup at ${fmt(size)} calls (p95)`, p95(run.lookups), 'ms', 10,
        `median ${median(run.lookups).toFixed(2)} ms over ${SAMPLES} contacts, ${(run.found / SAMPLES).toFixed(1)} calls each`));
      await page.evaluate((db) => new Promise((done) => { const r = indexedDB.deleteDatabase(db); r.onsuccess = r.onerror = done; }), name);
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
