import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium, sidebarFrame, clickSidebarTab, type ExtensionBrowser, contentStarted } from './harness/chromium';

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the built extension in Chromium', () => {
  it('runs the content script on the demo CRM page, in a closed shadow root', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/contacts/1042`);
    await contentStarted(page);
    expect(await page.evaluate(() => document.querySelector('precall-sidebar')?.shadowRoot)).toBeNull();
    await page.close();
  });

  it('answers a message from its own page: the options page shows the version from the background', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.textContent('header')).toContain('Version 0.1.0');
    await page.close();
  });

  it('shows the contact the content script read in the sidebar', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/contacts/1042`);
    await contentStarted(page);
    await clickSidebarTab(page);
    const frame = await sidebarFrame(page);
    await expect.poll(() => frame.textContent('[data-testid="contact-name"]').catch(() => null)).toBe('Dana Whitfield');
    expect(await frame.locator('[data-testid="contact-phone"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('+1 (415) 555-0134')]),
    );
    await page.close();
  });
});
