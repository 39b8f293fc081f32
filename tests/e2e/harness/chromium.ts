/**
 * Real Chromium with the built extension (dist/chrome), driven by playwright-core with the system browser:
 * nothing is downloaded. One browser per test file, a new page per test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { findChrome, NO_CHROME_MESSAGE } from '../../../scripts/find-chrome.mjs';

export const DIST_CHROME = resolve('dist/chrome');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(): Promise<void>;
}

/**
 * Headless Chromium with one unpacked extension and nothing that calls home (no sync, component updates or
 * background networking), its profile, cache and config all inside `profile`. Shared by every harness that
 * launches the browser, so a flag added for one test run applies to all.
 */
export function extensionLaunchOptions(profile: string, extension: string, extraArgs: readonly string[] = []) {
  return {
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...extraArgs,
    ],
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
  };
}

export async function launchChromium(
  profile = mkdtempSync(join(tmpdir(), 'precall-chromium-')),
  extraArgs: string[] = [],
): Promise<ExtensionBrowser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  const context = await chromium.launchPersistentContext(profile, {
    ...extensionLaunchOptions(profile, DIST_CHROME, extraArgs),
    executablePath,
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Pids of every process started with this profile, the browser's own first (it has no --type= switch). */
function processesOf(profile: string): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const ours = lines.filter((line) => line.includes(`--user-data-dir=${profile}`));
  const browserFirst = [...ours.filter((line) => !line.includes('--type=')), ...ours.filter((line) => line.includes('--type='))];
  return browserFirst.map((line) => Number.parseInt(line.trim(), 10)).filter((pid) => pid !== process.pid);
}

/**
 * SIGKILLs the browser process, as a crash or a power cut would: no shutdown, no flush. The profile stays on disk
 * so `launchChromium(browser.profile)` can reopen it. Resolves once no process of this profile is left.
 */
export async function killChromium(browser: ExtensionBrowser): Promise<void> {
  const [main] = processesOf(browser.profile);
  if (main === undefined) throw new Error(`No Chromium process runs with --user-data-dir=${browser.profile}.`);
  const closed = new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  process.kill(main, 'SIGKILL');
  await closed;
  const deadline = Date.now() + 10_000;
  for (let left = processesOf(browser.profile); left.length > 0; left = processesOf(browser.profile)) {
    // Helpers exit when they lose the browser; after 10 s, finish the ones that did not (all started by us).
    if (Date.now() > deadline) for (const pid of left) process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The content script shows its host (and the sidebar's tab) at the rep's first interaction with the page: move the
 * pointer, as a rep's hand would, until it is there. It may start a moment after the load event (document_idle), so
 * the pointer moves again until then. Typed by what it uses, so Playwright's and Puppeteer's pages (Firefox) both fit.
 */
export async function contentStarted(page: PointerPage, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (let moves = 0; ; moves++) {
    await page.mouse.move(3 + (moves % 2), 3);
    if (await page.$('precall-sidebar')) return;
    if (Date.now() > deadline) throw new Error('The content script never showed the sidebar host.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The content script has run in the page's main frame, seen without touching the page: its isolated world (a
 * chrome-extension:// execution context) holds the entry for the background's commands. For pages where the rest of
 * the content script cannot load, so the rep's first interaction shows nothing that contentStarted could wait for.
 */
export async function contentScriptRan(page: Page, timeout = 10_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { frameId?: string; type?: string } | undefined;
    if (aux?.frameId === frameTree.frame.id && aux.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable'); // reports the contexts that already exist, then new ones
  const deadline = Date.now() + timeout;
  try {
    for (;;) {
      for (const contextId of worlds) {
        const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: 'typeof globalThis.__precallCommand' });
        if (result.value === 'function') return;
      }
      if (Date.now() > deadline) throw new Error('The content script never ran in this page.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach();
  }
}

/** The part of a Playwright or Puppeteer page that contentStarted uses. */
export interface PointerPage {
  mouse: { move(x: number, y: number): Promise<unknown> };
  $(selector: string): Promise<unknown>;
}

/** The sidebar's frame on a page (an extension iframe inside a closed shadow root still shows up in page.frames()). */
export async function sidebarFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  // The content script loads the sidebar at the rep's first interaction with the page (harmless when it has already).
  await contentStarted(page, timeout);
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('sidebar.html'));
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error('The sidebar frame never appeared.');
    await page.waitForTimeout(25);
  }
}

/** A real, trusted click on the sidebar's slim tab at the right edge (the tab lives in a closed shadow root). */
export async function clickSidebarTab(page: Page): Promise<void> {
  const box = await page.evaluate(() => ({ w: window.innerWidth, h: window.innerHeight }));
  const open = await page.evaluate(() => document.querySelector('precall-sidebar')?.hasAttribute('data-open') ?? false);
  // Closed: the tab sits at the right edge; open: at the panel's left edge.
  const width = await page.evaluate(() => document.querySelector('precall-sidebar')?.getBoundingClientRect().width ?? 28);
  await page.mouse.click(open ? box.w - width + 14 : box.w - 14, box.h / 2);
}

/** Records, in the page's own world, every click on a phone link that reaches the page, and whether it was held. */
export const RECORD_DIALS = `
  window.__dials = [];
  window.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a[href^="tel:"], a[href^="callto:"], a[href^="sip:"]');
    if (!link) return;
    window.__dials.push({ href: link.getAttribute('href'), trusted: event.isTrusted, prevented: event.defaultPrevented });
    event.preventDefault(); // the test observes the dial; headless Chromium would otherwise try an external handler
  });
`;

export async function dialsOn(page: Page): Promise<{ href: string; trusted: boolean; prevented: boolean }[]> {
  return page.evaluate(() => (window as unknown as { __dials: { href: string; trusted: boolean; prevented: boolean }[] }).__dials);
}
