/**
 * Promise 2 in real Chromium: a plan the background acknowledged as saved is on disk. Each of 20 plans is saved over
 * the real message path from an extension page (as the sidebar sends it), the service worker is stopped after every
 * acknowledgement, then the browser process is SIGKILLed (no shutdown, nothing flushed on the way out) and the same
 * profile is opened again: every record must be there with every field it was acknowledged with.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/shared/call-record';
import type { PlanDraft } from '../../src/shared/messages';
import { killChromium, launchChromium, type ExtensionBrowser } from './harness/chromium';
import { storedRecords } from './harness/extension-state';
import { stopServiceWorker } from './harness/service-worker';

const SAVES = 20;
let browser: ExtensionBrowser | undefined;

afterAll(async () => {
  await browser?.close();
});

function plan(n: number): PlanDraft {
  return {
    id: crypto.randomUUID(),
    context: {
      site: 'demo',
      kind: 'record',
      recordUrl: `http://127.0.0.1/demo/contacts/${5000 + n}`,
      recordId: String(5000 + n),
      person: { name: `Contact ${n} Durable`, title: 'Head of Operations' },
      company: `Company ${n}`,
      emails: [`contact${n}@example.com`],
      phones: [],
    },
    stage: n % 2 === 0 ? 'discovery' : 'follow_up',
    goal: { type: 'learn', outcome: `Learn which ${n} sites failed the audit and why`, successTest: `They name all ${n} sites and each cause` },
    questions: [{ text: `What would change for you if site ${n} passed?` }],
  };
}

async function optionsPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  return page;
}

/** The same message the sidebar sends on "Save"; resolves with the background's acknowledgement. */
function savePlan(page: Page, draft: PlanDraft): Promise<{ ok: boolean; value?: CallRecord }> {
  return page.evaluate((p) => chrome.runtime.sendMessage({ type: 'save-plan', payload: { plan: p } }), draft);
}

describe('"Saved" survives a worker kill and a browser kill (promise 2)', () => {
  it(`keeps all ${SAVES} acknowledged plans after a worker stop per save and a SIGKILL of the browser`, async () => {
    browser = await launchChromium();
    const page = await optionsPage(browser);
    const acknowledged: CallRecord[] = [];
    for (let n = 1; n <= SAVES; n += 1) {
      const reply = await savePlan(page, plan(n));
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
      acknowledged.push(reply.value as CallRecord);
      await stopServiceWorker(browser.context, browser.extensionId);
    }
    const { profile } = browser;
    await killChromium(browser);

    browser = await launchChromium(profile);
    const reopened = await optionsPage(browser);
    const stored = await storedRecords(reopened);
    expect(stored).toHaveLength(SAVES);
    const byId = new Map(stored.map((record) => [record.id, record]));
    for (const record of acknowledged) expect(byId.get(record.id)).toMatchObject(record);
    // The acknowledged records carried what was sent, so this also checks the fields the sidebar filled in.
    expect(acknowledged.map((r) => r.goal?.outcome)).toEqual(Array.from({ length: SAVES }, (_, i) => plan(i + 1).goal.outcome));
  }, 120_000); // 20 rounds with browser work each: room for a loaded 2-core machine
});
