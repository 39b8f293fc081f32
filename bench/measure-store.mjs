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
/** p95 budgets: the median of TRIALS trials' p95 over SAMPLES operations each (one noisy trial cannot decide it). */
const TRIALS = 5;
/** Seeding writes 100,000 records in bulk; LevelDB compacts after that, which is the bench's doing, not a save's. */
const SETTLE_MS = 5_000;
const WARM_UP = 5;
/** Ids of the calls saved while measuring: above any seeded id, so growing the store later never collides. */
const NEW_IDS = 10_000_001;
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

/** In the page: times `samples` saves of new calls and `samples` history lookups of seeded contacts, after a warm-up. */
async function timeOperations({ name, size, samples, warmUp, firstNew, shift }) {
  const { generateCalls, contactOf, openStore } = window.PrecallBench;
  const store = await openStore(name);
  const saves = [];
  const lookups = [];
  let found = 0;
  // Lookups first, then saves: a lookup happens when a contact's page opens, not in the wake of a durable write.
  for (let i = 0; i < samples + warmUp; i += 1) {
    // Spread over the store, and a different set each trial (shift), so no trial reads what the last one cached.
    const contact = contactOf(Math.floor(((i + 1) * size) / (samples + warmUp + 1)) - shift * 5);
    const start = performance.now();
    const history = await store.history(contact, 50);
    if (i >= warmUp) {
      lookups.push(performance.now() - start);
      found += history.length;
    }
  }
  for (let i = 0; i < samples + warmUp; i += 1) {
    const [call] = generateCalls(1, firstNew + i, 7 + firstNew + i);
    call.createdAt = call.updatedAt = Date.now();
    const start = performance.now();
    await store.save(call);
    if (i >= warmUp) saves.push(performance.now() - start);
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
    // One database grown from 10,000 to 100,000: the second size reuses the first's seeding (it is slow: bulk
    // IndexedDB writes), and the calls saved while measuring get ids far above the seeded ones.
    const name = 'precall-bench-store';
    let seeded = 0;
    let added = 0;
    for (const size of SIZES) {
      const seedStart = Date.now();
      for (let first = seeded + 1; first <= size; first += CHUNK) {
        await page.evaluate(seed, { name, first, count: Math.min(CHUNK, size - first + 1) });
      }
      seeded = size;
      const seedMs = Date.now() - seedStart;
      await page.waitForTimeout(SETTLE_MS);
      const trials = [];
      for (let trial = 0; trial < TRIALS; trial += 1) {
        trials.push(await page.evaluate(timeOperations, { name, size, samples: SAMPLES, warmUp: WARM_UP, firstNew: NEW_IDS + added, shift: trial + 1 }));
        added += SAMPLES + WARM_UP;
      }
      const count = trials[trials.length - 1].count;
      if (count !== size + added) throw new Error(`store holds ${count} calls, expected ${size + added}`);
      const tail = (key) => median(trials.map((run) => p95(run[key])));
      const mid = (key) => median(trials.flatMap((run) => run[key]));
      const how = `median of ${TRIALS} trials' p95, ${SAMPLES} each after ${WARM_UP} warm-up`;
      const perContact = trials.reduce((sum, run) => sum + run.found, 0) / (TRIALS * SAMPLES);
      figures.push(figure(`Store save at ${fmt(size)} calls (p95)`, tail('saves'), 'ms', 50,
        `${how}; median ${mid('saves').toFixed(1)} ms; strict-durability transaction; seeding to this size took ${(seedMs / 1000).toFixed(1)} s`));
      figures.push(figure(`Store history lookup at ${fmt(size)} calls (p95)`, tail('lookups'), 'ms', 10,
        `${how}; median ${mid('lookups').toFixed(2)} ms, ${perContact.toFixed(1)} calls per contact`));
    }
    await page.evaluate((db) => new Promise((done) => { const r = indexedDB.deleteDatabase(db); r.onsuccess = r.onerror = done; }), name);
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
