/**
 * Raw and gzip size of every built entry in dist/chrome (what the store ships and the browser parses).
 * Budgets apply to gzip: content.js is injected into every CRM page, sidebar.js loads on every contact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure } from './stats.mjs';

const DIST = process.env.PRECALL_BENCH_DIST ?? 'dist/chrome';
const GZIP_BUDGET_KB = { 'sidebar.js': 60 };
const kb = (bytes) => bytes / 1024;

/** What runs in a CRM or mail tab: the content script and, once someone uses the tab, the module it imports. */
const CONTENT_SCRIPT = ['content.js', 'content-main.js'];

export function measure() {
  const figures = [];
  const gzipOf = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  figures.push(figure('Content script in a used tab, content.js + content-main.js (gzip)', kb(CONTENT_SCRIPT.reduce((sum, file) => sum + gzipOf(file), 0)), 'KB', 30,
    'the 30 KB budget on the whole of it; an untouched tab loads content.js only'));
  for (const file of readdirSync(DIST).filter((name) => /\.(js|css)$/.test(name)).sort()) {
    const bytes = readFileSync(join(DIST, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    figures.push(figure(`Bundle ${file} (gzip)`, kb(gzip), 'KB', GZIP_BUDGET_KB[file] ?? null, `raw ${kb(bytes.length).toFixed(1)} KB`));
  }
  return figures;
}
