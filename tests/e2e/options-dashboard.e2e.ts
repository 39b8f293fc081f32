/**
 * The options page end to end in real Chromium: a manager imports two reps' JSON exports through the file input,
 * reads per-rep goal-hit rates that match figures computed by hand, downloads the call log CSV and reads it back,
 * and sees a malformed file rejected by file, call and field with the store unchanged (promises 20–22).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRecord, GoalMet, Rep } from '../../src/shared/call-record';
import { exportCallsJson, parseCallsExport } from '../../src/shared/report/json-export';
import { goal, makeCall } from '../../src/shared/report/make-call';
import { parseCsv } from '../../src/shared/report/to-csv';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import type { Worker } from 'playwright-core';
import { storedCalls as ownCalls } from './harness/extension-state';

/** The rep's own calls plus the imported team records, which live in append-only chunks (src/shared/team-store.ts). */
async function storedCalls(worker: Worker) {
  const own = await ownCalls(worker);
  const team = await worker.evaluate(
    () =>
      new Promise<{ id: string; goal: { outcome: string } | null }[]>((resolve, reject) => {
        const open = indexedDB.open('precall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('teamData').objectStore('teamData').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { calls: string }[]).flatMap((chunk) => JSON.parse(chunk.calls)));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return [...own, ...team];
}

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const ANN: Rep = { name: 'Ann', team: 'East' };
const BOB: Rep = { name: 'Bob', team: 'West' };

/** A dialed, connected call with a goal, `daysAgo` days back, whose goal was met `met`. */
function connected(n: number, rep: Rep, met: GoalMet, daysAgo: number): CallRecord {
  const at = NOW - daysAgo * DAY;
  return makeCall({
    n,
    rep,
    createdAt: at,
    updatedAt: at,
    goal: goal('learn'),
    dial: { status: 'dialed', at },
    outcome: { reached: 'connected', goalMet: met, questionsAsked: ['What would change for you if this worked?'], learned: '', loggedAt: at },
  });
}

// By hand: Ann has 4 connected calls with a goal, 3 met → 3 of 4 = 75 %; her 5th call got no answer and does not
// count. Bob has 3 connected calls with a goal, 1 met (1 partly, 1 not) → 1 of 3 = 33 %.
const annCalls = [
  connected(1, ANN, 'yes', 1),
  connected(2, ANN, 'yes', 8),
  connected(3, ANN, 'no', 15),
  connected(4, ANN, 'yes', 22),
  makeCall({ n: 5, rep: ANN, createdAt: NOW - 3 * DAY, updatedAt: NOW - 3 * DAY, goal: goal('commit'), dial: { status: 'dialed' }, outcome: { reached: 'no_answer', questionsAsked: [], learned: '', loggedAt: NOW - 3 * DAY } }),
];
const bobCalls = [connected(11, BOB, 'yes', 2), connected(12, BOB, 'partly', 9), connected(13, BOB, 'no', 16)];
const annFile = exportCallsJson(annCalls, ANN, NOW);
const bobFile = exportCallsJson(bobCalls, BOB, NOW);

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const repRow = (page: Page, rep: Rep) => page.locator(`[data-testid="by-rep-row"][data-key='${JSON.stringify([rep.team, rep.name])}']`);

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="dashboard-ready"]');
});
afterAll(async () => {
  await browser?.close();
});

describe('options page: team import, dashboard and exports', () => {
  it('imports two reps’ exports and shows per-rep goal-hit rates matching the hand-computed figures', async () => {
    await page.setInputFiles('[data-testid="team-files"]', [json('ann.json', annFile), json('bob.json', bobFile)]);
    await expect.poll(() => page.textContent('[data-testid="import-result"]').catch(() => '')).toContain('8 new');
    await expect.poll(() => repRow(page, ANN).locator('[data-testid="goal-hit-rate"]').textContent().catch(() => '')).toContain('75%');
    expect(await repRow(page, ANN).locator('[data-testid="goal-hit-rate"]').textContent()).toContain('3 of 4');
    expect(await repRow(page, BOB).locator('[data-testid="goal-hit-rate"]').textContent()).toContain('33%');
    expect(await repRow(page, BOB).locator('[data-testid="goal-hit-rate"]').textContent()).toContain('1 of 3');
    expect(await repRow(page, BOB).locator('[data-testid="partly-rate"]').textContent()).toContain('1 of 3');
    // Team totals: 4 of 7 connected calls with a goal were met.
    expect(await page.textContent('[data-testid="total-goalHitRate-fraction"]')).toBe('4 of 7');
    expect(await page.getAttribute('[data-testid="trend-chart"]', 'role')).toBe('img');
    expect((await storedCalls(browser.worker)).length).toBe(8);
  });

  it('importing the same file again changes nothing; a changed record is listed as a conflict, not written', async () => {
    await page.setInputFiles('[data-testid="team-files"]', [json('ann.json', annFile)]);
    await expect.poll(() => page.textContent('[data-testid="import-result"]').catch(() => '')).toContain('0 new, 5 already here, 0 conflict');
    const edited = exportCallsJson([{ ...annCalls[2]!, outcome: { ...annCalls[2]!.outcome!, goalMet: 'yes' } }], ANN, NOW);
    await page.setInputFiles('[data-testid="team-files"]', [json('ann-edited.json', edited)]);
    await expect.poll(() => page.locator('[data-testid="conflict"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="conflict"]')).toContain('ann-edited.json');
    const stored = (await storedCalls(browser.worker)).find((c) => c.id === annCalls[2]!.id);
    expect(stored?.goal?.outcome).toBe(annCalls[2]!.goal?.outcome);
    expect(await repRow(page, ANN).locator('[data-testid="goal-hit-rate"]').textContent()).toContain('3 of 4');
  });

  it('downloads the call log CSV, which reads back with every imported call and its rep', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-call-log"]')]);
    expect(download.suggestedFilename()).toMatch(/^precall-calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]?.slice(0, 3)).toEqual(['date', 'rep', 'team']);
    const body = rows.slice(1);
    expect(body).toHaveLength(8);
    expect(body.filter((r) => r[1] === 'Ann' && r[2] === 'East')).toHaveLength(5);
    expect(body.filter((r) => r[1] === 'Bob' && r[2] === 'West')).toHaveLength(3);
    expect(body.filter((r) => r[11] === 'yes')).toHaveLength(4);
  });

  it('downloads every call as JSON that parses back (same 8 calls, reps kept) and the summary CSV of the range on screen', async () => {
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
    const parsed = parseCallsExport(new Uint8Array(readFileSync(await jsonDownload.path())), 'download.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.calls.map((c) => [c.id, c.rep.name]).sort()).toEqual([...annCalls, ...bobCalls].map((c) => [c.id, c.rep.name]).sort());
    const [summary] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-summary"]')]);
    const rows = parseCsv(readFileSync(await summary.path(), 'utf8'));
    const ann = rows.find((r) => r[0] === 'rep' && r[1] === JSON.stringify(['East', 'Ann']));
    expect(ann?.slice(9, 13)).toEqual(['3', '0', '4', '0.75']); // goal met, partly, connected with goal, goal-hit rate
  });

  it('rejects a malformed file by file, call and field, and imports nothing from the batch', async () => {
    const before = (await storedCalls(browser.worker)).length;
    const carol = exportCallsJson([connected(21, { name: 'Carol', team: 'East' }, 'yes', 4)], { name: 'Carol', team: 'East' }, NOW);
    const broken = JSON.parse(exportCallsJson([connected(31, BOB, 'yes', 5), connected(32, BOB, 'no', 6)], BOB, NOW));
    broken.calls[1].goal.type = 'win';
    await page.setInputFiles('[data-testid="team-files"]', [json('carol.json', carol), json('broken.json', JSON.stringify(broken))]);
    await expect.poll(() => page.textContent('[data-testid="import-error"]').catch(() => '')).toContain('broken.json: call 2, field goal.type');
    expect(await page.textContent('[data-testid="import-error"]')).toContain('Nothing was imported');
    expect((await storedCalls(browser.worker)).length).toBe(before);
    expect(await repRow(page, { name: 'Carol', team: 'East' }).count()).toBe(0);
  });
});
