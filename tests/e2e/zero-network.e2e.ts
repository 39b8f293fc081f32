import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { clickSidebarTab, launchChromium, sidebarFrame } from './harness/chromium';
import { offMachine, requestsInNetLog } from './harness/net-log';

describe('zero network (promise 23)', () => {
  it('a scripted session sends no request off the machine from any Precall context', async () => {
    const netLog = join(mkdtempSync(join(tmpdir(), 'precall-netlog-')), 'net-log.json');
    const [browser, demo] = await Promise.all([launchChromium(undefined, [`--log-net-log=${netLog}`]), startDemoServer()]);
    try {
      // Detect, plan, dial through the gate, check history, open the options page.
      const page = await browser.context.newPage();
      await page.goto(`${demo.origin}/demo/contacts/1042`);
      await page.waitForSelector('precall-sidebar', { state: 'attached' });
      await page.click('a[href^="tel:"]');
      const frame = await sidebarFrame(page);
      await frame.waitForSelector('[data-testid="gate"]');
      await frame.fill('[data-testid="goal-outcome"]', 'Learn which two sites failed the audit and why');
      await frame.fill('[data-testid="goal-success"]', 'Dana names both sites and each cause');
      await frame.click('[data-testid="suggestion"] button:has-text("Add")');
      await frame.click('[data-testid="save-goal"]');
      await frame.waitForSelector('[data-testid="history-item"]');
      await page.goto(`${demo.origin}/demo/contacts/1043`);
      await page.waitForSelector('precall-sidebar', { state: 'attached' });
      await clickSidebarTab(page);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('[data-testid="settings-form"]');
      await options.click('[data-testid="save-settings"]');
      await options.waitForTimeout(500);
    } finally {
      await browser.close(); // flushes the net log
      await demo.close();
    }
    const requests = requestsInNetLog(netLog);
    const ours = requests.filter((r) => r.initiator?.startsWith('chrome-extension://') || r.initiator?.startsWith('http://127.0.0.1'));
    expect(ours.length).toBeGreaterThan(0); // the log did see the session (page loads, extension resources)
    expect(offMachine(ours)).toEqual([]);
    // Browser-internal requests (update checks, account probes) carry no origin; none may come from an origin of ours.
    const unattributed = offMachine(requests).filter((r) => r.initiator && r.initiator !== 'not an origin');
    expect(unattributed).toEqual([]);
  });
});
