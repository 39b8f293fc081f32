import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { clickSidebarTab, launchChromium, sidebarFrame, type ExtensionBrowser, contentStarted } from './harness/chromium';

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('an update never drops what the rep is typing (promise 27)', () => {
  it('after the extension reloads under an open sidebar, Save says so, keeps the draft with a copy button, and saves nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/contacts/1042`);
    await contentStarted(page);
    await clickSidebarTab(page);
    const frame = await sidebarFrame(page);
    await frame.fill('[data-testid="goal-outcome"]', 'Get Dana to commit to the Reno pilot start date');
    await frame.fill('[data-testid="goal-success"]', 'A start date is agreed and she sends the site contact');

    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {}); // the worker dies mid-call
    await page.waitForTimeout(1_000);

    await frame.click('[data-testid="save-goal"]');
    const notice = frame.locator('[data-testid="extension-updated"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Precall was updated — reload this page');
    const draft = await frame.inputValue('[data-testid="draft-copy"]');
    expect(draft).toContain('Get Dana to commit to the Reno pilot start date');
    expect(draft).toContain('A start date is agreed and she sends the site contact');
    expect(await frame.locator('[data-testid="copy-draft"]').isVisible()).toBe(true);
    expect(await frame.inputValue('[data-testid="goal-outcome"]')).toBe('Get Dana to commit to the Reno pilot start date');
    expect(await frame.textContent('[data-testid="save-status"]')).not.toContain('Saved');
    await frame.click('[data-testid="save-goal"]'); // pressing again still saves nothing
    expect(await frame.textContent('[data-testid="save-status"]')).not.toContain('Saved');
    expect(await notice.count()).toBe(1);
    // The store itself cannot be read here: under --disable-extensions-except Chrome keeps a reloaded unpacked
    // extension disabled, and the orphaned frame is denied IndexedDB. With no extension to reach, the old frame
    // cannot write; what the rep sees is checked above.
    await page.close();
  });
});
