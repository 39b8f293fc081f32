import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { dialsOn, launchChromium, RECORD_DIALS, sidebarFrame, type ExtensionBrowser, contentStarted } from './harness/chromium';
import { setSettings, storedCalls } from './harness/extension-state';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
  await browser.context.addInitScript(RECORD_DIALS);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openContact(id: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${demo.origin}/demo/contacts/${id}`);
  await contentStarted(page);
  return page;
}

async function gateIn(page: Page): Promise<Frame> {
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid="gate"]', { timeout: 5_000 });
  return frame;
}

describe('goal before dial (strict, the default)', () => {
  it('holds a real click on a tel: link, lints a vague goal, and dials exactly once when a good goal is saved', async () => {
    const page = await openContact(1042);
    await page.click('a[href="tel:+14155550134"]');
    const frame = await gateIn(page);
    expect(await dialsOn(page)).toEqual([]); // held: the page never saw the click
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('outcome'); // focus moved into the gate

    await frame.fill('[data-testid="goal-outcome"]', 'Just checking in');
    await frame.waitForSelector('[data-testid="outcome-lint"] .lint-issue');
    expect(await frame.textContent('[data-testid="outcome-lint"]')).toMatch(/\S/);

    await frame.fill('[data-testid="goal-outcome"]', 'Learn which two sites failed the Q3 audit and why');
    await frame.fill('[data-testid="goal-success"]', 'Dana names both sites and the cause of each failure');
    await frame.click('[data-testid="suggestion"] button:has-text("Add")');
    await frame.click('[data-testid="save-goal"]');
    await expect.poll(() => dialsOn(page)).toEqual([{ href: 'tel:+14155550134', trusted: false, prevented: false }]);
    await page.waitForTimeout(500);
    expect(await dialsOn(page)).toHaveLength(1); // once
    expect(await frame.textContent('[data-testid="save-status"]')).toContain('Saved');
    const calls = await storedCalls(browser.worker);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ contactName: 'Dana Whitfield', dial: { status: 'dialed', target: 'tel:+14155550134' } });
    expect(calls[0]?.questions).toHaveLength(1); // the picked question is saved with the plan
    await page.close();
  });

  it('lets a dial to the same contact through at once while the goal is fresh, on the same plan', async () => {
    const page = await openContact(1042);
    await page.click('a[href="tel:+14155550134"]');
    await expect.poll(() => dialsOn(page)).toHaveLength(1);
    expect(await storedCalls(browser.worker)).toHaveLength(1);
    await page.close();
  });

  it('ignores synthetic clicks from page scripts: 100 el.click() calls, no gate, no record (promise 14)', async () => {
    const page = await openContact(1043);
    await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
      for (let i = 0; i < 100; i += 1) link?.click();
      link?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    const dials = await dialsOn(page);
    expect(dials).toHaveLength(101);
    expect(dials.every((d) => !d.trusted && !d.prevented)).toBe(true);
    expect(await storedCalls(browser.worker)).toHaveLength(1);
    await page.close();
  });

  it('passes an automated accessibility check with the gate open (axe-core: 0 violations)', async () => {
    const page = await openContact(1043);
    await page.click('a[href^="tel:"]');
    const frame = await gateIn(page);
    await frame.evaluate(AXE);
    const violations = await frame.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document);
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await frame.click('[data-testid="cancel-dial"]');
    await expect.poll(() => frame.locator('[data-testid="gate"]').count()).toBe(0);
    expect(await dialsOn(page)).toEqual([]); // cancelled: never dialed
    await page.close();
  });
});

describe('gentle and off modes', () => {
  it('gentle: reminds, and "dial without a goal" dials once and is recorded as such', async () => {
    await setSettings(browser.worker, { gateMode: 'gentle' });
    const page = await openContact(1043);
    await page.click('a[href^="tel:"]');
    const frame = await gateIn(page);
    await frame.click('[data-testid="dial-without-goal"]');
    await expect.poll(() => dialsOn(page)).toHaveLength(1);
    await page.waitForTimeout(300);
    expect(await dialsOn(page)).toHaveLength(1);
    const withoutGoal = (await storedCalls(browser.worker)).filter((c) => c.dial.status === 'without_goal');
    expect(withoutGoal).toHaveLength(1);
    expect(withoutGoal[0]?.goal).toBeNull();
    await page.close();
  });

  it('off: the dial goes straight through, still counted as a dial without a goal', async () => {
    await setSettings(browser.worker, { gateMode: 'off' });
    const page = await openContact(1043);
    await page.click('a[href^="tel:"]');
    await expect.poll(() => dialsOn(page)).toHaveLength(1);
    const tabState = await browser.worker.evaluate(() => chrome.storage.session.get(null));
    const tabStates = Object.entries(tabState).filter(([key]) => key.startsWith('tab:'));
    expect(tabStates.length).toBeGreaterThan(0);
    expect(tabStates.every(([, state]) => (state as { heldDial: unknown }).heldDial === null)).toBe(true);
    expect((await storedCalls(browser.worker)).filter((c) => c.dial.status === 'without_goal')).toHaveLength(2);
    await setSettings(browser.worker, { gateMode: 'strict' });
    await page.close();
  });
});
