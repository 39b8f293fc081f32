import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium, sidebarFrame, clickSidebarTab, type ExtensionBrowser, contentStarted } from './harness/chromium';

const FIXTURES = 'tests/fixtures';
// generic runs only on domains the rep grants (options page); demo is served by the demo server below.
const ROUTED_SITES = ['salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'close', 'gmail', 'outlook', 'linkedin'];

interface Expected {
  url: string;
  context: { person?: { name: string }; company?: string } | null;
}

const cases = ROUTED_SITES.flatMap((site) =>
  readdirSync(join(FIXTURES, site))
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, site, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
      return { name: `${site}/${file}`, html: readFileSync(join(FIXTURES, site, file), 'utf8'), expected };
    }),
);

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openSidebar(page: Page) {
  await contentStarted(page);
  if (!(await page.evaluate(() => document.querySelector('precall-sidebar')?.hasAttribute('data-open')))) await clickSidebarTab(page);
  return sidebarFrame(page);
}

/** What the sidebar shows as the contact: the name, or the "no contact" notice. */
async function shownContact(page: Page): Promise<string | null> {
  const frame = await openSidebar(page);
  return frame.evaluate(() => {
    if (document.querySelector('[data-testid="no-contact"]')) return null;
    return document.querySelector('[data-testid="contact-name"]')?.textContent ?? 'loading';
  });
}

describe('the sidebar shows whom each page is about (real Chromium, pages under their real URLs)', () => {
  it.each(cases)('$name', async ({ html, expected }) => {
    const page = await browser.context.newPage();
    const origin = new URL(expected.url).origin;
    await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(expected.url);
    const want = expected.context ? (expected.context.person?.name ?? expected.context.company ?? null) : null;
    await expect.poll(() => shownContact(page), { timeout: 5_000 }).toBe(want);
    await page.close();
  });
});

describe('single-page apps: no stale contact after in-app navigation (promise 17)', () => {
  it('follows 20 pushState navigations and 10 back steps, each within 1 s', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/contacts/1042`);
    const frame = await openSidebar(page);
    const name = () => frame.textContent('[data-testid="contact-name"]').catch(() => null);
    await expect.poll(name).toBe('Dana Whitfield');
    const bodies = await page.evaluate(async (origin) => {
      const fetchBody = async (id: number) => new DOMParser().parseFromString(await (await fetch(`${origin}/demo/contacts/${id}`)).text(), 'text/html').body;
      const [dana, luis] = await Promise.all([fetchBody(1042), fetchBody(1043)]);
      const w = window as unknown as { __bodies: Record<string, HTMLElement> };
      w.__bodies = { 1042: dana, 1043: luis };
      // Like a CRM router: swap the record view on pushState and on popstate.
      window.addEventListener('popstate', () => {
        const id = location.pathname.split('/').pop() ?? '1042';
        document.body.replaceChildren(...Array.from(w.__bodies[id]!.cloneNode(true).childNodes));
      });
      return Object.keys(w.__bodies).length;
    }, demo.origin);
    expect(bodies).toBe(2);
    const go = (id: number) =>
      page.evaluate((target) => {
        const w = window as unknown as { __bodies: Record<string, HTMLElement> };
        history.pushState({}, '', `/demo/contacts/${target}`);
        document.body.replaceChildren(...Array.from(w.__bodies[target]!.cloneNode(true).childNodes));
      }, id);
    const want = (id: number) => (id === 1042 ? 'Dana Whitfield' : 'Luis Ortega');
    const visited: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const id = i % 2 === 0 ? 1043 : 1042;
      visited.push(id);
      const started = Date.now();
      await go(id);
      await expect.poll(name, { timeout: 1_000, interval: 20 }).toBe(want(id));
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    for (let i = 0; i < 10; i += 1) {
      await page.goBack({ waitUntil: 'commit' }).catch(() => null);
      const id = visited[visited.length - 2 - i] ?? 1042;
      await expect.poll(name, { timeout: 1_000, interval: 20 }).toBe(want(id));
    }
    await page.close();
  });
});
