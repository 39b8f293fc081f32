/**
 * `npm run bench`: builds the extension, then runs every measurement against that build and writes
 * bench/results.json and bench/results.md. Exits 1 when a budget is missed. See bench/README.md.
 *
 *   node bench/run.mjs [--only <name>,<name>]   e.g. --only coach,bundle (names are the measure-*.* files)
 *
 * Each measurement runs in its own node process (fresh heap and JIT) against a snapshot of dist/chrome taken
 * right after the build, so a rebuild of dist/ by anyone else during the run cannot change what is measured.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../scripts/find-chrome.mjs';
import { markdownReport, markdownTable } from './report.mjs';

/** Cheap and deterministic first, browsers after; the order is also the table's order. */
const MEASUREMENTS = [
  'measure-bundle.mjs',
  'measure-coach.ts',
  'measure-reports.ts',
  'measure-read-context.mjs',
  'measure-interaction.mjs',
  'measure-host-cost.mjs',
  'measure-extension-tasks.mjs',
  'measure-store.mjs',
  'measure-team-scale.mjs',
];

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg === -1 ? null : process.argv[onlyArg + 1].split(',');
const selected = MEASUREMENTS.filter((file) => !only || only.some((name) => file.startsWith(`measure-${name}.`)));
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

function runMeasurement(file, env) {
  // Measurements are written in parallel with the suite; one still being written is a row, not a crash.
  if (!existsSync(`bench/${file}`)) {
    process.stderr.write(`bench: ${file} not present yet\n`);
    return [{ name: `${file}: not present yet`, value: NaN, unit: '', budget: null, pass: null, note: 'listed in bench/run.mjs but the file does not exist yet; nothing measured' }];
  }
  const started = Date.now();
  process.stderr.write(`bench: ${file} …`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run-one.mjs', `bench/${file}`], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stderr.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !lastLine.startsWith('[')) {
    process.stderr.write(child.stderr);
    return [{ name: `${file} did not complete`, value: NaN, unit: '', budget: 0, pass: false, note: (child.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${child.status}`).slice(0, 200) }];
  }
  return JSON.parse(lastLine);
}

const started = Date.now();
const loadBefore = load();
execFileSync(process.execPath, ['build.mjs', '--target', 'all', '--quiet'], { stdio: 'inherit' });
const snapshot = mkdtempSync(join(tmpdir(), 'precall-bench-dist-'));
cpSync('dist/chrome', join(snapshot, 'chrome'), { recursive: true });
const env = { ...process.env, PRECALL_BENCH_DIST: join(snapshot, 'chrome') };
const figures = [];
try {
  for (const file of selected) figures.push(...runMeasurement(file, env));
} finally {
  rmSync(snapshot, { recursive: true, force: true });
}

const chrome = findChrome();
const meta = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
  loadBefore,
  loadAfter: load(),
  // Debian's wrapper script prints shell noise on stderr for --version; only stdout is the version.
  chromium: chrome ? execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() : 'no Chromium',
  durationMs: Date.now() - started,
};
writeFileSync('bench/results.json', `${JSON.stringify({ meta, figures }, null, 2)}\n`);
writeFileSync('bench/results.md', markdownReport(figures, meta));
process.stdout.write(`\n${markdownTable(figures)}\n\n`);
const failed = figures.filter((f) => f.pass === false);
process.stdout.write(failed.length === 0 ? 'bench: all budgets met\n' : `bench: ${failed.length} budget(s) missed (see bench/results.md)\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
