/**
 * Real Chromium (the system browser, nothing downloaded) with or without the built extension, launched with
 * identical flags either way so the only difference between the two is the extension.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, NO_CHROME_MESSAGE } from '../scripts/find-chrome.mjs';

/** run.mjs snapshots the fresh build here, so another build of dist/ during the run cannot swap the extension. */
export const DIST_CHROME = resolve(process.env.PRECALL_BENCH_DIST ?? 'dist/chrome');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** @param {{ extension: boolean }} options */
export async function launch({ extension }) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  const profile = mkdtempSync(join(tmpdir(), 'precall-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    // Playwright disables extensions by default; the same switch with an empty list keeps them off "without".
    args: [...FLAGS, ...(extension ? [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`] : [])],
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  });
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The same lookup the end-to-end tests use (bench files run under tsx, so the TypeScript harness imports as is).
export { sidebarFrame } from '../tests/e2e/harness/chromium.ts';
