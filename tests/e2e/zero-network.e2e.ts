/**
 * Zero network (promise 23, issue 9.5): one scripted session covering what a rep and a manager do (detect, plan,
 * dial, log with a next step, a follow-up ringing, CSV and JSON export, a team import, settings) while Chrome's own
 * net log records every request from every context. Nothing of ours may leave 127.0.0.1. At the end the service
 * worker makes one planted request off the machine, and it must be the only one found: proof that the log sees the
 * extension's contexts and the filter would catch a real leak.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { exportCallsJson, parseCallsExport } from '../../src/shared/report/json-export';
import { goal, makeCall } from '../../src/shared/report/make-call';
import { parseCsv } from '../../src/shared/report/to-csv';
import { dialsOn, launchChromium, RECORD_DIALS, sidebarFrame, type ExtensionBrowser, contentStarted } from './harness/chromium';
import { setSettings, storedRecords } from './harness/extension-state';
import { offMachine, requestsInNetLog } from './harness/net-log';

const PLANTED = 'https://leak.invalid/precall-planted-leak';
const TEAMMATE = { name: 'Bob', team: 'West' };
const teamFile = exportCallsJson(
  [makeCall({ n: 901, rep: TEAMMATE, goal: goal('learn'), dial: { status: 'dialed', at: Date.now() - 3_600_000 } })],
  TEAMMATE,
  Date.now(),
);

interface Row {
  id: string;
  outcome?: { nextStep?: { text: string } };
  followUp?: { status: string; notifiedAt?: number };
}

/** The call store, read from an extension page through a second IndexedDB connection. */
function calls(page: Page): Promise<Row[]> {
  return storedRecords<Row>(page);
}

/** Detect → plan → dial through the strict gate → log the outcome with a next step, all in the sidebar. */
async function repSession(browser: ExtensionBrowser, origin: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/demo/contacts/1042`);
  await contentStarted(page);
  await page.click('a[href^="tel:"]');
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid="gate"]');
  await frame.fill('[data-testid="goal-outcome"]', 'Learn which two sites failed the audit and why');
  await frame.fill('[data-testid="goal-success"]', 'Dana names both sites and each cause');
  await frame.click('[data-testid="suggestion"] button:has-text("Add")');
  await frame.click('[data-testid="save-goal"]');
  await expect.poll(() => dialsOn(page)).toHaveLength(1);
  // Back on the contact after the call: the sidebar (remembered open) lists it under "calls to log"; the rep picks
  // it there rather than waiting for the timed prompt.
  await page.reload();
  const after = await sidebarFrame(page);
  await after.click('[data-testid="log-call"]');
  await after.waitForSelector('[data-testid="outcome-form"]');
  await after.fill('[data-testid="outcome-learned"]', 'Lyon and Porto failed: cold-chain logging gaps');
  await after.fill('[data-testid="next-step-text"]', 'Send the cold-chain pilot proposal');
  await after.click('[data-testid="goal-met-yes"]');
  await after.click('[data-testid="due-next-week"]');
  await after.click('[data-testid="save-outcome"]');
  await after.waitForSelector('[data-testid="outcome-saved"]');
  return page;
}

/** The follow-up rings: moved to a few seconds ahead (as a snooze does), then the alarm and notification fire. */
async function followUpRings(options: Page): Promise<void> {
  const [logged] = (await calls(options)).filter((c) => c.outcome?.nextStep);
  expect(logged?.followUp?.status).toBe('open');
  const reply = await options.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'snooze-follow-up', payload: { id, until: Date.now() + 2_000 } }),
    logged?.id,
  );
  expect(reply).toMatchObject({ ok: true });
  await expect.poll(async () => (await calls(options)).find((c) => c.id === logged?.id)?.followUp?.notifiedAt, { timeout: 10_000 }).toBeGreaterThan(0);
}

/** The manager's side: call log CSV and JSON downloads that read back, then a teammate's JSON imported. */
async function managerSession(options: Page): Promise<void> {
  await options.waitForSelector('[data-testid="dashboard-ready"]');
  const [csv] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="export-call-log"]')]);
  expect(parseCsv(readFileSync(await csv.path(), 'utf8')).length).toBeGreaterThan(1); // header + the logged call
  const [json] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="export-json"]')]);
  const exported = parseCallsExport(new Uint8Array(readFileSync(await json.path())), 'calls.json');
  expect(exported.ok && exported.file.calls.map((c) => c.outcome?.nextStep?.text)).toEqual(['Send the cold-chain pilot proposal']);
  const file = { name: 'bob.json', mimeType: 'application/json', buffer: Buffer.from(teamFile) };
  await options.setInputFiles('[data-testid="team-files"]', [file]);
  await expect.poll(() => options.textContent('[data-testid="import-result"]').catch(() => '')).toContain('1 new');
  await options.click('[data-testid="save-settings"]');
  await expect.poll(() => options.textContent('[data-testid="settings-status"]')).not.toBe('');
}

describe('zero network (promise 23)', () => {
  it('a full session sends no request off the machine from any Precall context; a planted one is caught', async () => {
    const netLog = join(mkdtempSync(join(tmpdir(), 'precall-netlog-')), 'net-log.json');
    const [browser, demo] = await Promise.all([launchChromium(undefined, [`--log-net-log=${netLog}`]), startDemoServer()]);
    try {
      await setSettings(browser.worker, { gateMode: 'strict' });
      await browser.context.addInitScript(RECORD_DIALS);
      const page = await repSession(browser, demo.origin);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await followUpRings(options);
      await managerSession(options);
      await page.close();
      // The planted leak: a request from the service worker to a name that never resolves (nothing really leaves).
      // The log records it when it starts; the abort bounds the wait, as a resolver with no network can hang.
      await browser.worker.evaluate((url) => fetch(url, { signal: AbortSignal.timeout(1_000) }).then(() => 'sent', () => 'failed'), PLANTED);
    } finally {
      await browser.close(); // flushes the net log
      await demo.close();
    }
    const requests = requestsInNetLog(netLog);
    const ours = requests.filter((r) => r.initiator?.startsWith('chrome-extension://') || r.initiator?.startsWith('http://127.0.0.1'));
    expect(ours.length).toBeGreaterThan(0); // the log did see the session (page loads, extension resources)
    expect(offMachine(ours)).toEqual([{ url: PLANTED, initiator: expect.stringMatching(/^chrome-extension:\/\//) }]);
    // Browser-internal requests (update checks, account probes) carry no origin; none may come from an origin of ours.
    const unattributed = offMachine(requests).filter((r) => r.initiator && r.initiator !== 'not an origin' && r.url !== PLANTED);
    expect(unattributed).toEqual([]);
  });
});
