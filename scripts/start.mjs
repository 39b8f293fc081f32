/**
 * `npm start`: builds the extension, serves the demo CRM on 127.0.0.1 and opens the system's Chrome or Chromium with
 * Precall loaded on a demo contact. With a display it stays open until you close it (or press Ctrl+C); without one
 * it runs headless, clicks a phone number so the goal gate shows, saves a screenshot and prints its path.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';
import { findChrome, NO_CHROME_MESSAGE } from './find-chrome.mjs';

const DIST = resolve('dist/chrome');
const SCREENSHOT = resolve('.tmp/precall-demo.png');
const headless = process.env.HEADLESS === '1' || process.env.CI === 'true' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
if (spawnSync('node', ['build.mjs', '--target', 'chrome'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const demo = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const contactUrl = `${demo.origin}/demo/contacts/1042`;
const profile = mkdtempSync(join(tmpdir(), 'precall-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: { width: 1366, height: 800 },
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
  ],
});
const shutdown = async () => {
  await context.close().catch(() => {});
  await demo.close();
  rmSync(profile, { recursive: true, force: true });
};

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(contactUrl);
await page.waitForSelector('precall-sidebar', { state: 'attached', timeout: 10_000 });

if (!headless) {
  console.log(`Precall is loaded in ${executablePath}.\nDemo contact: ${contactUrl}\nClick a phone number to meet the goal gate. Close the browser or press Ctrl+C to stop.`);
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
  context.on('close', () => void shutdown().then(() => process.exit(0)));
} else {
  // Show the product at work: a real click on the mobile number is held until the rep states a goal.
  await page.click('a[href^="tel:"]');
  const frame = await waitForSidebar(page);
  await frame.waitForSelector('[data-testid="gate"]', { timeout: 10_000 });
  await frame.fill('[data-testid="goal-outcome"]', 'Just checking in');
  await frame.waitForSelector('[data-testid="outcome-lint"] .lint-issue', { timeout: 5_000 });
  mkdirSync(resolve('.tmp'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`\nHeadless run (no display). The demo contact with Precall's goal gate open:\n${SCREENSHOT}`);
  await shutdown();
}

async function waitForSidebar(target) {
  for (let i = 0; i < 200; i += 1) {
    const frame = target.frames().find((f) => f.url().includes('sidebar.html'));
    if (frame) return frame;
    await target.waitForTimeout(50);
  }
  throw new Error('The Precall sidebar did not appear.');
}
