/**
 * The question coach learns, end to end in real Chromium: a team question bank imported on the options page
 * reaches the sidebar's suggestions, a malformed bank is refused naming the question and field, and once calls
 * show that question asked on calls whose goal was met, it is suggested first for that goal type.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { exportQuestionBank, type LibraryQuestion } from '../../src/coach';
import type { CallRecord, Rep } from '../../src/shared/call-record';
import { exportCallsJson } from '../../src/shared/report/json-export';
import { goal, makeCall } from '../../src/shared/report/make-call';
import { clickSidebarTab, launchChromium, sidebarFrame, type ExtensionBrowser, contentStarted } from './harness/chromium';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const REP: Rep = { name: 'Ann', team: 'East' };
// An id that sorts after every built-in one: without a track record it never wins a tie, so coming first is learned.
const TEAM_QUESTION: LibraryQuestion = {
  id: 'zz-team-month-end-worth',
  text: 'What would it be worth to your team if month-end closed in one day instead of four?',
  goalTypes: ['learn', 'commit', 'next_step'],
  stages: ['first_conversation', 'discovery', 'follow_up', 'stalled', 'renewal_expansion'],
  theme: 'implications',
};

/** Twelve learn calls where the team question was asked and the goal was met, two where it was not. */
const calls: CallRecord[] = Array.from({ length: 14 }, (_, i) => {
  const at = NOW - (i + 1) * DAY;
  return makeCall({
    n: i + 1,
    rep: REP,
    createdAt: at,
    updatedAt: at,
    goal: goal('learn'),
    dial: { status: 'dialed', at },
    outcome: { reached: 'connected', goalMet: i < 12 ? 'yes' : 'no', questionsAsked: [TEAM_QUESTION.text], learned: '', loggedAt: at },
  });
});

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };
let options: Page;

beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('[data-testid="question-bank"]');
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function sidebarSuggestions(page: Page): Promise<Frame> {
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid="suggestion"]');
  return frame;
}

const suggestionTexts = (frame: Frame) => frame.locator('[data-testid="suggestion"] .text').allTextContents();

describe('the question coach learns from the team', () => {
  it('refuses a malformed bank naming the question and field, and keeps what was there', async () => {
    const bad = exportQuestionBank([TEAM_QUESTION, { ...TEAM_QUESTION, id: 'zz-pitch', text: 'Have you heard about our new reporting module?' }]);
    await options.setInputFiles('[data-testid="bank-file"]', json('bad-bank.json', bad));
    await expect.poll(() => options.textContent('[data-testid="bank-status"]')).toMatch(/question 2, field text/);
    expect(await options.locator('[data-testid="bank-question"]').count()).toBe(0);
  });

  it('a question from the team bank is in the library the sidebar ranks, and comes first once calls show it works', async () => {
    await options.setInputFiles('[data-testid="bank-file"]', json('team-bank.json', exportQuestionBank([TEAM_QUESTION])));
    await expect.poll(() => options.locator('[data-testid="bank-question"]').count()).toBe(1);

    // No track record yet: the team question ties with the built-in ones and loses the tie by id.
    const page = await browser.context.newPage();
    await page.goto(`${demo.origin}/demo/contacts/1043`);
    await contentStarted(page);
    await clickSidebarTab(page);
    expect(await suggestionTexts(await sidebarSuggestions(page))).not.toContain(TEAM_QUESTION.text);

    await options.setInputFiles('[data-testid="team-files"]', json('ann.json', exportCallsJson(calls, REP, NOW)));
    await expect.poll(() => options.textContent('[data-testid="import-result"]').catch(() => '')).toContain('14 new');

    // The sidebar is remembered open on this site, so a reload shows it again with what is stored now.
    await page.reload();
    const frame = await sidebarSuggestions(page);
    await expect.poll(async () => (await suggestionTexts(frame))[0]).toBe(TEAM_QUESTION.text);
    // Learned per goal type: the record is on learn calls, so a commit plan is not reordered by it.
    await frame.check('input[name="goal-type"][value="commit"]');
    await expect.poll(async () => (await suggestionTexts(frame))[0]).not.toBe(TEAM_QUESTION.text);
    await page.close();
  });
});
