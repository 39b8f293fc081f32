import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { launchChromium, sidebarFrame, clickSidebarTab, type ExtensionBrowser, contentStarted } from './harness/chromium';
import { storedCalls } from './harness/extension-state';

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };
let frame: Frame;

beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
  const page = await browser.context.newPage();
  await page.goto(`${demo.origin}/demo/contacts/1043`);
  await contentStarted(page);
  await clickSidebarTab(page);
  frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid="suggestion"]');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const suggestionTexts = () => frame.locator('[data-testid="suggestion"] .text').allTextContents();

describe('the question coach in the sidebar', () => {
  it('suggests 3–5 questions with their theme for the goal type and stage, and changes with the goal type', async () => {
    const learn = await suggestionTexts();
    expect(learn.length).toBeGreaterThanOrEqual(3);
    expect(learn.length).toBeLessThanOrEqual(5);
    const themes = await frame.locator('[data-testid="suggestion"] .theme').allTextContents();
    expect(new Set(themes).size).toBe(themes.length); // themes spread
    await frame.check('input[name="goal-type"][value="commit"]');
    await expect.poll(suggestionTexts).not.toEqual(learn);
  });

  it('replaces a suggestion with "another one", and lets the rep pick and reorder', async () => {
    const before = await suggestionTexts();
    await frame.click('[data-testid="suggestion"] >> nth=0 >> text=Another one');
    await expect.poll(suggestionTexts).not.toContain(before[0]);
    const [first] = await suggestionTexts();
    await frame.click('[data-testid="suggestion"] >> nth=0 >> button:has-text("Add")');
    await expect.poll(suggestionTexts).not.toContain(first); // a picked question leaves the suggestions
    const [second] = await suggestionTexts();
    await frame.click('[data-testid="suggestion"] >> nth=0 >> button:has-text("Add")');
    const picked = () => frame.locator('[data-testid="picked-question"] .text').allTextContents();
    expect(await picked()).toEqual([first, second]);
    await frame.click(`[aria-label="Move up: ${second}"]`);
    expect(await picked()).toEqual([second, first]);
  });

  it('flags a self-serving question as it is typed, with the reason, and applies the rewrite in one click', async () => {
    await frame.fill('[data-testid="own-question"]', 'What does your purchasing process look like?');
    const assessment = frame.locator('[data-testid="own-assessment"]');
    await expect.poll(() => assessment.getAttribute('data-verdict')).toBe('self_serving');
    expect((await assessment.textContent())?.length).toBeGreaterThan(20);
    await frame.click('[data-testid="use-rewrite"]');
    const rewritten = await frame.inputValue('[data-testid="own-question"]');
    expect(rewritten).not.toBe('What does your purchasing process look like?');
    await expect.poll(() => assessment.getAttribute('data-verdict')).not.toBe('self_serving');
    await frame.click('[data-testid="own-question"] + button:has-text("Add")');
    expect(await frame.locator('[data-testid="picked-question"] .text').allTextContents()).toContain(rewritten);
  });

  it('stores the picked questions, in order, with the plan', async () => {
    const picked = await frame.locator('[data-testid="picked-question"] .text').allTextContents();
    await frame.fill('[data-testid="goal-outcome"]', 'Luis commits to a 30-minute review of the pilot numbers with his CFO');
    await frame.fill('[data-testid="goal-success"]', 'A meeting with Luis and the CFO is in both calendars before we hang up');
    await frame.click('[data-testid="save-goal"]');
    await expect.poll(() => frame.textContent('[data-testid="save-status"]')).toContain('Saved');
    const [call] = await storedCalls(browser.worker);
    expect(call?.questions.map((q) => q.text)).toEqual(picked);
    expect(call?.goal?.type).toBe('commit');
  });
});
