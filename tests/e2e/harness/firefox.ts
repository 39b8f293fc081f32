/**
 * Firefox ESR with the built extension (dist/firefox) as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi with the system browser: nothing is downloaded. The add-on's internal UUID is pinned by a pref so
 * moz-extension:// URLs are predictable.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { contentStarted } from './chromium';

export const DIST_FIREFOX = resolve('dist/firefox');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_UUID = '7d0c8c1e-5a44-4c3a-9a51-0e2f4b6b9a10';

export interface FirefoxWithExtension {
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const geckoId = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const home = mkdtempSync(join(tmpdir(), 'precall-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }) },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
  await browser.installExtension(DIST_FIREFOX);
  return {
    browser,
    origin: `moz-extension://${EXTENSION_UUID}`,
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The sidebar's frame. Puppeteer's BiDi frame list keeps an iframe's first URL (about:blank), so ask each frame. */
export async function firefoxSidebarFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  // The sidebar loads at the rep's first interaction with the page.
  await contentStarted(page, timeout);
  for (;;) {
    for (const frame of page.frames().slice(1)) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('sidebar.html')) return frame;
    }
    if (Date.now() > deadline) throw new Error('The sidebar frame never appeared in Firefox.');
    await new Promise((r) => setTimeout(r, 50));
  }
}
