import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { clickSidebarTab, launchChromium, sidebarFrame, type ExtensionBrowser, contentStarted } from './harness/chromium';
import { dumpAllStorage } from './harness/dump-storage';

let browser: ExtensionBrowser;
let demo: { origin: string; close: () => Promise<void> };
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDemoServer()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('store only what features need (promise 24)', () => {
  it('keeps no page HTML and no email bodies after a session on a Gmail thread and a CRM record', async () => {
    const thread = readFileSync('tests/fixtures/gmail/thread.html', 'utf8');
    const page = await browser.context.newPage();
    await page.route('https://mail.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: thread }));
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqLTxTpRCVvbmZWqBfs');
    await contentStarted(page);
    await clickSidebarTab(page);
    const mailFrame = await sidebarFrame(page);
    await mailFrame.waitForSelector('[data-testid="contact-name"]');
    await mailFrame.fill('[data-testid="goal-outcome"]', 'Agree a Thursday slot to walk through the pilot pricing');
    await mailFrame.fill('[data-testid="goal-success"]', 'Kwame accepts a calendar invite for Thursday');
    await mailFrame.click('[data-testid="save-goal"]');
    await expect.poll(() => mailFrame.textContent('[data-testid="save-status"]')).toContain('Saved');

    const crm = await browser.context.newPage();
    await crm.goto(`${demo.origin}/demo/contacts/1042`);
    await contentStarted(crm);

    const stored = await dumpAllStorage(browser.worker);
    expect(stored).toContain('Agree a Thursday slot'); // what the rep typed is kept
    expect(stored).toContain('Kwame Osei'); // and whom it is about
    for (const bodyText of ['attached is the pilot pricing', 'can we talk Thursday', 'Head of Fleet, Kwame Logistics']) {
      expect(stored).not.toContain(bodyText); // email bodies are never stored
    }
    for (const markup of ['<div', '<html', '<a href', 'class=\\"a3s', 'Activity', 'Open deals']) {
      expect(stored).not.toContain(markup); // nor page HTML or unrelated page text
    }
  });
});
