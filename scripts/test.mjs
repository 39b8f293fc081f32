/**
 * `npm test`: typecheck, lint (ESLint and web-ext on the Firefox build), unit tests, then the real-browser tests
 * against a fresh production build. Stops at the first failing step and says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const STEPS = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['build', 'node', ['build.mjs', '--target', 'all', '--quiet']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['lint firefox build', process.execPath, ['scripts/lint-firefox.mjs']],
  ['unit tests', 'npx', ['vitest', 'run', ...report('unit')]],
  ['browser tests (Chromium, Firefox)', 'npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...report('e2e')]],
];

/** Each vitest run also writes a JSON report, so the closing line can count every test of both suites. */
function report(name) {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=.tmp/${name}-results.json`];
}

function counts() {
  let passed = 0;
  let failed = 0;
  for (const name of ['unit', 'e2e']) {
    const file = `.tmp/${name}-results.json`;
    if (!existsSync(file)) continue;
    const results = JSON.parse(readFileSync(file, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
  }
  return `${passed} passed, ${failed} failed`;
}

mkdirSync('.tmp', { recursive: true });
for (const name of ['unit', 'e2e']) rmSync(`.tmp/${name}-results.json`, { force: true });

const started = Date.now();
for (const [name, command, args] of STEPS) {
  const stepStart = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    console.log(counts());
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(counts());
