/**
 * Custom CRM domains in real Chromium (issue 3.5, promise 10). Headless Chromium cannot answer the permission
 * prompt, and permissions.request refuses to run without a user gesture, so the rep's "Allow" is stood in for by
 * granting the optional host permissions in the profile's Preferences between two launches of the same profile
 * (the place Chromium itself records a grant). Everything after the grant is the real code: the start-up re-sync
 * (settings ∩ permissions.getAll), scripting.registerContentScripts, the content script running on a routed https
 * page, the options page's Add and Remove, and permissions.onRemoved.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickSidebarTab, dialsOn, launchChromium, RECORD_DIALS, type ExtensionBrowser } from './harness/chromium';
import { setSettings } from './harness/extension-state';

const CRM = 'https://crm.example.com';
const CRM2 = 'https://crm2.example.com';
const CRM3 = 'https://crm3.example.com';
const NEVER = 'https://never.example.com';
const PAGE = '<!doctype html><html><body><h1>Dana Whitfield</h1><p>Acme</p><a href="tel:+14155550134">+1 (415) 555-0134</a></body></html>';

let browser: ExtensionBrowser;

/** What Chromium writes when the rep clicks "Allow": the origins join the extension's granted and active hosts. */
function grantInProfile(profile: string, extensionId: string, origins: string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const ext = prefs.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions']) {
    ext[key].explicit_host = [...(ext[key].explicit_host ?? []), ...origins.map((o) => `${o}/*`)];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

const registered = () =>
  browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => ({ id: x.id, matches: x.matches }))));

/** Whether the content script ran on a fresh page of this origin (it mounts its host element). */
async function contentScriptRuns(origin: string): Promise<{ runs: boolean; page: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/contacts/1042`);
  const runs = await page.waitForSelector('precall-sidebar', { state: 'attached', timeout: 3000 }).then(() => true, () => false);
  return { runs, page };
}

beforeAll(async () => {
  const first = await launchChromium();
  await setSettings(first.worker, { customDomains: [CRM, CRM2, NEVER] });
  await first.context.close();
  grantInProfile(first.profile, first.extensionId, [CRM, CRM2, CRM3]);
  browser = await launchChromium(first.profile);
  await browser.context.addInitScript(RECORD_DIALS);
  for (const origin of [CRM, CRM2, CRM3, NEVER]) {
    await browser.context.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  }
});
afterAll(async () => {
  await browser?.close();
});

describe('custom CRM domains', () => {
  it('at start-up registers one script for settings ∩ granted, and the content script runs there', async () => {
    await expect.poll(registered).toEqual([{ id: 'custom-domains', matches: [`${CRM}/*`, `${CRM2}/*`] }]);
    const { runs, page } = await contentScriptRuns(CRM);
    expect(runs).toBe(true);
    await page.close();
  });

  it('runs nothing on a domain that is in settings but was never granted', async () => {
    const { runs, page } = await contentScriptRuns(NEVER);
    expect(runs).toBe(false);
    await page.close();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-testid="domain"]').allTextContents()).toEqual([
      expect.stringContaining(`${CRM} active`),
      expect.stringContaining(`${CRM2} active`),
      expect.stringContaining(`${NEVER} access not granted`),
    ]);
    await options.close();
  });

  it('KNOWN GAP: the sidebar opens but its iframe is refused there (web_accessible_resources lists only manifest hosts)', async () => {
    const { page } = await contentScriptRuns(CRM);
    await clickSidebarTab(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('precall-sidebar')?.hasAttribute('data-open'))).toBe(true);
    // Chromium replaces a blocked web-accessible resource with its error page. Flip this test when the lead decides.
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    expect(page.frames().some((f) => f.url().includes('sidebar.html'))).toBe(false);
    await page.close();
  });

  it('KNOWN GAP: so in strict mode a real click on a number there is held with no goal form to release it', async () => {
    const { runs, page } = await contentScriptRuns(CRM);
    expect(runs).toBe(true);
    await page.click('a[href^="tel:"]');
    await page.waitForTimeout(1500);
    expect(await dialsOn(page)).toEqual([]); // held by the gate; the only way on is the sidebar, which cannot load
    await page.close();
  });

  it('Add from the options page (access already granted) registers the domain', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.fill('[data-testid="domain-input"]', 'crm3.example.com/some/path');
    await options.click('[data-testid="domain-add"]');
    await expect.poll(() => options.textContent('[data-testid="domain-status"]')).toBe(`Precall now runs on ${CRM3}.`);
    await expect.poll(registered).toEqual([{ id: 'custom-domains', matches: [`${CRM}/*`, `${CRM2}/*`, `${CRM3}/*`] }]);
    await options.close();
  });

  it('Remove gives the permission back and unregisters, so the next page load runs nothing', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.click(`button[aria-label="Remove ${CRM}"]`);
    await expect.poll(registered).toEqual([{ id: 'custom-domains', matches: [`${CRM2}/*`, `${CRM3}/*`] }]);
    expect(await browser.worker.evaluate((o) => chrome.permissions.contains({ origins: [`${o}/*`] }), CRM)).toBe(false);
    const { runs, page } = await contentScriptRuns(CRM);
    expect(runs).toBe(false);
    await page.close();
    await options.close();
  });

  it('a permission revoked outside Precall (browser settings) unregisters through permissions.onRemoved', async () => {
    await browser.worker.evaluate((o) => chrome.permissions.remove({ origins: [`${o}/*`] }), CRM2);
    await expect.poll(registered).toEqual([{ id: 'custom-domains', matches: [`${CRM3}/*`] }]);
    const { runs, page } = await contentScriptRuns(CRM2);
    expect(runs).toBe(false);
    await page.close();
  });
});
