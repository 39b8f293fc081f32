/**
 * Custom CRM domains in real Chromium (issue 3.5, promise 10). Headless Chromium cannot answer the permission
 * prompt, and permissions.request refuses to run without a user gesture, so the rep's "Allow" is stood in for by
 * granting the optional host permissions in the profile's Preferences between two launches of the same profile
 * (the place Chromium itself records a grant). Everything after the grant is the real code: the start-up re-sync
 * (settings ∩ permissions.getAll), scripting.registerContentScripts, the content script running on a routed https
 * page, the sidebar loading there and the strict gate's held dial released by its goal form, the options page's Add
 * and Remove, and permissions.onRemoved.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickSidebarTab, dialsOn, DIST_CHROME, launchChromium, RECORD_DIALS, sidebarFrame, type ExtensionBrowser, contentStarted, contentScriptRan } from './harness/chromium';
import { setSettings, storedCalls } from './harness/extension-state';

const CRM = 'https://crm.example.com';
const CRM2 = 'https://crm2.example.com';
const CRM3 = 'https://crm3.example.com';
const NEVER = 'https://never.example.com';
// A self-hosted CRM's contact page: the generic adapter reads the schema.org Person it describes.
const PAGE = `<!doctype html><html><body><main itemscope itemtype="https://schema.org/Person">
  <h1 itemprop="name">Dana Whitfield</h1><p itemprop="jobTitle">Head of Operations</p>
  <p itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></p>
  <a itemprop="telephone" href="tel:+14155550134">+1 (415) 555-0134</a></main></body></html>`;

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

/** Whether the content script ran on a fresh page of this origin (it mounts its host element at the first pointer move). */
async function contentScriptRuns(origin: string): Promise<{ runs: boolean; page: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/contacts/1042`);
  const runs = await contentStarted(page, 3000).then(() => true, () => false);
  return { runs, page };
}

beforeAll(async () => {
  const first = await launchChromium();
  await setSettings(first.worker, { customDomains: [CRM, CRM2, NEVER], gateMode: 'strict' });
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

  it('the sidebar loads there (the real extension page, not the browser\'s refusal) and shows the page\'s contact', async () => {
    const { page } = await contentScriptRuns(CRM);
    await clickSidebarTab(page);
    await expect.poll(() => page.evaluate(() => document.querySelector('precall-sidebar')?.hasAttribute('data-open'))).toBe(true);
    const frame = await sidebarFrame(page);
    await expect.poll(() => frame.textContent('body')).toContain('Dana Whitfield');
    expect(page.frames().map((f) => f.url())).not.toContain('chrome-error://chromewebdata/');
    await page.close();
  });

  it('in strict mode a real click on a number there is held, shows the goal form, and saving the goal releases it once', async () => {
    const { runs, page } = await contentScriptRuns(CRM);
    expect(runs).toBe(true);
    const before = (await storedCalls(browser.worker)).length;
    await page.click('a[href^="tel:"]');
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('[data-testid="gate"]');
    expect(await dialsOn(page)).toEqual([]); // held until the goal is saved
    await frame.fill('[data-testid="goal-outcome"]', 'Learn who signs off the self-hosted rollout');
    await frame.fill('[data-testid="goal-success"]', 'Dana names the approver and the date');
    await frame.click('[data-testid="save-goal"]');
    await expect.poll(() => dialsOn(page)).toEqual([{ href: 'tel:+14155550134', trusted: false, prevented: false }]);
    const calls = await storedCalls(browser.worker);
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)).toMatchObject({ contactName: 'Dana Whitfield', dial: { status: 'dialed', target: 'tel:+14155550134' } });
    // Once: the replayed click is untrusted, so the gate lets it through without asking again.
    await frame.waitForSelector('[data-testid="gate"]', { state: 'detached' });
    expect(await dialsOn(page)).toHaveLength(1);
    await page.close();
  });

  it('a page there still cannot fetch the extension\'s files by their URL (promise 11: dynamic URLs only)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${NEVER}/probe`); // any https page now matches web_accessible_resources
    const results = await page.evaluate(async (id) => {
      const tries = ['sidebar.html', 'sidebar.js', 'manifest.json'].map((file) =>
        fetch(`chrome-extension://${id}/${file}`).then(() => `${file}: loaded`, () => `${file}: blocked`),
      );
      return Promise.all(tries);
    }, browser.extensionId);
    expect(results).toEqual(['sidebar.html: blocked', 'sidebar.js: blocked', 'manifest.json: blocked']);
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

describe('where the sidebar cannot load', () => {
  it('the gate fails open: a real click on a number dials at once, never held with no form to release it', async () => {
    // A copy of the build whose web_accessible_resources leave out the page's host, as the manifest once did for
    // custom domains: the content script runs there but the browser would refuse the sidebar frame.
    const dist = mkdtempSync(join(tmpdir(), 'precall-narrow-'));
    cpSync(DIST_CHROME, dist, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    manifest.web_accessible_resources[0].matches = ['https://app.hubspot.com/*'];
    writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
    // The later --load-extension and --disable-extensions-except win over the harness's own.
    const narrow = await launchChromium(undefined, [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]);
    try {
      expect(narrow.extensionId).not.toBe(browser.extensionId); // really the narrowed copy
      await setSettings(narrow.worker, { gateMode: 'strict' });
      await narrow.context.addInitScript(RECORD_DIALS);
      await narrow.context.route('https://acme.lightning.force.com/**', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
      const page = await narrow.context.newPage();
      await page.goto('https://acme.lightning.force.com/lightning/r/Contact/003000000000042AAA/view');
      // Not contentStarted: the sidebar's tab cannot appear where its resources may not load.
      await contentScriptRan(page);
      await page.click('a[href^="tel:"]');
      await expect.poll(() => dialsOn(page)).toEqual([{ href: 'tel:+14155550134', trusted: true, prevented: false }]);
    } finally {
      await narrow.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
