/**
 * Real Chromium with a private copy of the built extension, for the tests that close and relaunch the browser on the
 * same profile and update the extension in place (promise 25). A copy, because an update rewrites the version in its
 * manifest, and dist/chrome is shared with every other test.
 *
 * The update goes through CDP's Extensions.loadUnpacked on the same folder: Chrome unloads the running version and
 * loads the new one under the same id, as it does for a store update. chrome.runtime.reload() cannot stand in for it
 * here: under --disable-extensions-except Chrome leaves a self-reloaded unpacked extension disabled (measured).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChrome, NO_CHROME_MESSAGE } from '../../../scripts/find-chrome.mjs';
import { DIST_CHROME, extensionLaunchOptions } from './chromium';

export interface UpdatableChromium {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** An extension page (options.html), reopened after every relaunch and update. */
  readonly probe: Page;
  /** Closes the browser (the profile stays); `relaunch` starts it again on the same profile. */
  shutDown(): Promise<void>;
  relaunch(): Promise<void>;
  /** Writes `version` into the copy's manifest and has the running browser load it as an update. */
  update(version: string): Promise<void>;
  /** Stops the extension's service worker, as Chrome does after 30 s idle; the next event starts a new one. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

async function launch(profile: string, extension: string): Promise<BrowserContext> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
  return chromium.launchPersistentContext(profile, {
    // Lets CDP load the updated extension.
    ...extensionLaunchOptions(profile, extension, ['--enable-unsafe-extension-debugging']),
    executablePath,
  });
}

async function workerHost(context: BrowserContext, previous?: string): Promise<string> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker = running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const host = new URL(worker.url()).host;
  if (previous !== undefined && host !== previous) throw new Error(`The extension came back as ${host}, not ${previous}.`);
  return host;
}

async function openProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

export async function launchUpdatableChromium(): Promise<UpdatableChromium> {
  const extension = mkdtempSync(join(tmpdir(), 'precall-extension-'));
  const profile = mkdtempSync(join(tmpdir(), 'precall-chromium-'));
  cpSync(DIST_CHROME, extension, { recursive: true });
  let context = await launch(profile, extension);
  const extensionId = await workerHost(context);
  let probe = await openProbe(context, extensionId);

  return {
    get context() {
      return context;
    },
    extensionId,
    get probe() {
      return probe;
    },
    async shutDown() {
      await context.close();
    },
    async relaunch() {
      context = await launch(profile, extension);
      await workerHost(context, extensionId);
      probe = await openProbe(context, extensionId);
    },
    async update(version) {
      const manifestPath = join(extension, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version }));
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level CDP session for the update.');
      const cdp = await browser.newBrowserCDPSession();
      const newWorker = context.waitForEvent('serviceworker', { timeout: 15_000 });
      await cdp.send('Extensions.loadUnpacked' as never, { path: extension } as never);
      await cdp.detach();
      await newWorker;
      await probe.close().catch(() => {}); // the old version's page is gone with it
      probe = await openProbe(context, extensionId);
    },
    async stopWorker() {
      const cdp = await context.newCDPSession(probe);
      type Version = { scriptURL: string; runningStatus: string };
      const stopped = new Promise<void>((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Version[] }) => {
          if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) resolve();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('The worker did not stop.')), 10_000)));
      await Promise.race([stopped, timeout]).finally(() => clearTimeout(timer));
      await cdp.detach();
    },
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}
