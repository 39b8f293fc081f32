import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { cleanText } from '../../src/content/sites/normalize';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { clickSidebarTab, launchChromium, sidebarFrame, type ExtensionBrowser, contentStarted } from './harness/chromium';
import { storedCalls } from './harness/extension-state';
import { XSS_PAYLOADS } from './data/xss-payloads';

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };
let dialogs = 0;
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
  browser.context.on('page', (page) => page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  }));
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openDemo(path = '/demo/contacts/1042'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${demo.origin}${path}`);
  await contentStarted(page);
  return page;
}

/** Runs code in Precall's own content-script world of a page, as only the extension itself can. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Precall');
  if (!world) throw new Error('Precall content-script world not found');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

describe('message boundaries from a real content script (promise 8)', () => {
  it('rejects every privileged message with a typed error and changes nothing', async () => {
    const page = await openDemo();
    const before = { settings: await browser.worker.evaluate(() => chrome.storage.local.get(null)), calls: await storedCalls(browser.worker) };
    const attempts = [
      { type: 'save-settings', payload: { ...DEFAULT_SETTINGS, gateMode: 'off' } },
      { type: 'get-history', payload: { context: { site: 'demo', kind: 'record', recordUrl: 'http://127.0.0.1/demo/contacts/1042', emails: [], phones: [] }, limit: 200 } },
      { type: 'get-tab-state', payload: {} },
      { type: 'save-plan', payload: {} },
      { type: 'dial-without-goal', payload: { attemptId: '00000000-0000-4000-8000-000000000000' } },
      { type: 'not-a-message', payload: {} },
    ];
    const replies = (await inContentScript(
      page,
      `Promise.all(${JSON.stringify(attempts)}.map((m) => chrome.runtime.sendMessage(m)))`,
    )) as { ok: boolean; error?: { code: string } }[];
    expect(replies.map((r) => r.ok)).toEqual(attempts.map(() => false));
    expect(replies.slice(0, 5).map((r) => r.error?.code)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'forbidden']);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before.settings);
    expect(await storedCalls(browser.worker)).toEqual(before.calls);
    await page.close();
  });
});

describe('pages cannot probe the extension (promise 11)', () => {
  it('a page fetching the extension’s files by their URL fails', async () => {
    const page = await openDemo();
    const results = await page.evaluate(async (id) => {
      const tries = ['sidebar.html', 'sidebar.js', 'content-main.js', 'content.js', 'manifest.json', 'icons/16.png'].map(async (file) => {
        try {
          await fetch(`chrome-extension://${id}/${file}`);
          return `${file}: loaded`;
        } catch {
          return `${file}: blocked`;
        }
      });
      return Promise.all(tries);
    }, browser.extensionId);
    expect(results.every((r) => r.endsWith('blocked'))).toBe(true);
    await page.close();
  });
});

describe('page text is data (promise 12)', () => {
  for (const trustedTypes of [false, true]) {
    it(`renders 200 XSS payloads from contact fields as exact text, with 0 executions${trustedTypes ? ', on a page enforcing Trusted Types' : ''}`, async () => {
      const page = await browser.context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => m.text().includes('TrustedHTML') && violations.push(m.text()));
      if (trustedTypes) {
        await page.route(`${demo.origin}/demo/contacts/1042*`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'" } });
        });
      }
      await page.goto(`${demo.origin}/demo/contacts/1042${trustedTypes ? '?tt' : ''}`);
      await contentStarted(page);
      // Open (the previous test may have left it open on this site, which is remembered): it follows the page then.
      await page.waitForTimeout(200); // the remembered state is read just after start
      if (!(await page.evaluate(() => document.querySelector('precall-sidebar')?.hasAttribute('data-open')))) await clickSidebarTab(page);
      const frame = await sidebarFrame(page);
      dialogs = 0;
      for (let i = 0; i < XSS_PAYLOADS.length; i += 4) {
        const [name, title, company, label] = XSS_PAYLOADS.slice(i, i + 4) as [string, string, string, string];
        // The CRM escapes its fields; the page shows the payloads as text, as a real record would.
        await page.evaluate(({ n, t, c, l }) => {
          const set = (selector: string, text: string) => document.querySelectorAll(selector).forEach((el) => (el.textContent = text));
          set('h1', n);
          set('.record-title, .job-title, [data-field="title"]', t);
          set('.company a, [data-field="company"]', c);
          set('dt', l);
        }, { n: name, t: title, c: company, l: label });
        // An edit in place (no navigation) shows within the watch's longest wait, 2 s, when the page had gone quiet.
        await expect.poll(() => frame.textContent('[data-testid="contact-name"]'), { timeout: 3_000, interval: 20 }).toBe(cleanText(name));
      }
      expect(dialogs).toBe(0);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});

describe('tampered pages (promise 15)', () => {
  it('reads the right contact and saves the right record when the page overrides built-ins', async () => {
    await browser.context.addInitScript(() => {
      if (!location.search.includes('tampered')) return;
      Array.prototype.push = () => { throw new Error('push tampered'); };
      (window as unknown as { JSON: unknown }).JSON = { parse: () => ({ tampered: true }), stringify: () => '"tampered"' };
      (window as unknown as { Promise: unknown }).Promise = function TamperedPromise() { throw new Error('Promise tampered'); };
      window.fetch = () => { throw new Error('fetch tampered'); };
      Element.prototype.attachShadow = () => { throw new Error('attachShadow tampered'); };
      Document.prototype.querySelector = () => null;
      Document.prototype.querySelectorAll = () => [] as unknown as NodeListOf<Element>;
      EventTarget.prototype.addEventListener = () => undefined;
    });
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/contacts/1043?tampered`);
    // The page's own world is sabotaged, so drive it only with real input, never page.evaluate.
    await page.waitForTimeout(500);
    await page.mouse.click(1280 - 14, 400);
    const frame = await sidebarFrame(page);
    await expect.poll(() => frame.textContent('[data-testid="contact-name"]').catch(() => null)).toBe('Luis Ortega');
    await frame.fill('[data-testid="goal-outcome"]', 'Learn which depot Luis wants first and why');
    await frame.fill('[data-testid="goal-success"]', 'He names the depot and the reason');
    await frame.click('[data-testid="save-goal"]');
    await expect.poll(() => frame.textContent('[data-testid="save-status"]')).toContain('Saved');
    const saved = (await storedCalls(browser.worker)).find((c) => c.goal?.outcome.startsWith('Learn which depot'));
    expect(saved?.contactName).toBe('Luis Ortega');
    await page.close();
  });
});
