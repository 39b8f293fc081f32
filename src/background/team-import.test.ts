/**
 * The background's side of a team import and of the dashboard (promises 21, 22): one transaction per batch,
 * idempotent, conflicts listed and never written; the report and the export pages read every stored call.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord, Rep } from '../shared/call-record';
import { computeReport } from '../shared/report/compute-report';
import { exportCallsJson } from '../shared/report/json-export';
import { ANN, BOB, goal, makeCall } from '../shared/report/make-call';
import { openTestStore } from './store/fixtures/make-call';
import type { CallStore } from './store/call-store';

let store: CallStore;
vi.mock('../shared/browser', () => ({ browser: {} }));
vi.mock('./services', () => ({ callStore: async () => store, asMessageError: (e: unknown) => e }));
const { importCalls } = await import('./team-import');
const { getCallsPage, getReport } = await import('./reports');

function file(calls: CallRecord[], rep: Rep = ANN): string {
  return exportCallsJson(calls, rep, 1);
}

const hit = (n: number, rep: Rep, met: 'yes' | 'no', createdAt = Date.UTC(2026, 10, 16, 9)) =>
  makeCall({ n, rep, createdAt, goal: goal('learn'), dial: { status: 'dialed' }, outcome: { reached: 'connected', goalMet: met, questionsAsked: [], learned: '', loggedAt: createdAt } });

/** Own calls, then imported team records, by id. */
async function all(): Promise<CallRecord[]> {
  const out: CallRecord[] = [];
  for await (const call of store.all()) out.push(call);
  out.push(...(await store.teamCalls()));
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

beforeEach(async () => {
  store = (await openTestStore(new IDBFactory())).store;
});

describe('importCalls', () => {
  const BATCH = '11111111-2222-4333-8444-555555555555';
  const part = (part: number, parts: number, fileName: string, text: string) => ({ files: [{ fileName, text }], batch: { id: BATCH, part, parts } });

  it('writes a batch sent in parts once, with its last part, all in one transaction', async () => {
    expect(await importCalls(part(0, 2, 'ann.json', file([hit(1, ANN, 'yes')])), 5)).toMatchObject({ inserted: 0 });
    expect(await all()).toHaveLength(0);
    expect(await importCalls(part(1, 2, 'bob.json', file([hit(2, BOB, 'no')], BOB)), 5)).toMatchObject({ files: 2, inserted: 2 });
    expect((await all()).map((c) => c.source?.file)).toEqual(['ann.json', 'bob.json']);
  });

  it('writes nothing when a later part is malformed, nor when a part went missing (worker restarted)', async () => {
    await importCalls(part(0, 2, 'ann.json', file([hit(1, ANN, 'yes')])), 5);
    await expect(importCalls(part(1, 2, 'bad.json', '{"format":"precall.calls"'), 5)).rejects.toThrow(/bad.json/);
    await expect(importCalls(part(1, 2, 'bob.json', file([hit(2, BOB, 'no')], BOB)), 5)).rejects.toThrow(/interrupted/);
    expect(await all()).toHaveLength(0);
  });

  it('reads imported records from a time on without losing any made then', async () => {
    const old = Date.UTC(2025, 0, 6, 9);
    const recent = Date.UTC(2026, 10, 16, 9);
    await importCalls({ files: [{ fileName: 'ann.json', text: file([hit(1, ANN, 'yes', old), hit(2, ANN, 'no', recent)]) }] }, 5);
    expect((await store.teamCalls(recent)).filter((c) => c.createdAt >= recent).map((c) => c.id)).toEqual([hit(2, ANN, 'no').id]);
    expect(await store.teamCalls(recent + 1)).toEqual([]);
    expect(await store.teamCalls()).toHaveLength(2);
  });

  it('imports several reps, each record keeping its rep and its source file', async () => {
    const result = await importCalls({ files: [{ fileName: 'ann.json', text: file([hit(1, ANN, 'yes')]) }, { fileName: 'bob.json', text: file([hit(2, BOB, 'no')], BOB) }] }, 5);
    expect(result).toMatchObject({ files: 2, inserted: 2, unchanged: 0, conflictTotal: 0 });
    expect((await all()).map((c) => [c.rep.name, c.source])).toEqual([
      ['Ann', { file: 'ann.json', importedAt: 5 }],
      ['Bob', { file: 'bob.json', importedAt: 5 }],
    ]);
  });

  it('is idempotent: the same file twice is once', async () => {
    const files = [{ fileName: 'ann.json', text: file([hit(1, ANN, 'yes'), hit(2, ANN, 'no')]) }];
    await importCalls({ files }, 5);
    expect(await importCalls({ files }, 6)).toMatchObject({ inserted: 0, unchanged: 2, conflictTotal: 0 });
    expect(await all()).toHaveLength(2);
  });

  it('lists a conflict with the store and one within the batch, writing neither, whatever the file order', async () => {
    await importCalls({ files: [{ fileName: 'ann.json', text: file([hit(1, ANN, 'yes')]) }] }, 5);
    const changed = file([hit(1, ANN, 'no'), hit(3, BOB, 'yes')]);
    const other = file([hit(3, BOB, 'no')], BOB);
    const a = await importCalls({ files: [{ fileName: 'b.json', text: changed }, { fileName: 'c.json', text: other }] }, 6);
    expect(a.conflictTotal).toBe(2);
    expect(a.conflicts.map((c) => [c.kept.file, c.incoming.file])).toEqual(
      expect.arrayContaining([['b.json', 'c.json'], ['ann.json', 'b.json']]),
    );
    const stored = await all();
    expect(stored.find((c) => c.id === hit(1, ANN, 'yes').id)?.outcome?.goalMet).toBe('yes');
    expect(stored.find((c) => c.id === hit(3, BOB, 'yes').id)?.source?.file).toBe('b.json');
  });

  it('merge(A,B) = merge(B,A): the kept record does not depend on file order', async () => {
    const b = { fileName: 'b.json', text: file([hit(3, BOB, 'yes')], BOB) };
    const c = { fileName: 'c.json', text: file([hit(3, BOB, 'no')], BOB) };
    await importCalls({ files: [c, b] }, 6);
    expect((await all())[0]?.source?.file).toBe('b.json');
  });
});

describe('getReport and getCallsPage', () => {
  it('reports what computeReport says about the stored calls in range, with coaching and top questions', async () => {
    const calls = [hit(1, ANN, 'yes'), hit(2, ANN, 'no'), hit(3, BOB, 'yes'), hit(4, BOB, 'yes', Date.UTC(2025, 0, 1))];
    calls[0] = { ...calls[0]!, outcome: { ...calls[0]!.outcome!, questionsAsked: ['What changed?'], coaching: { note: 'Help' } } };
    await store.importMany(calls);
    const range = { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) };
    const dashboard = await getReport(range);
    const expected = computeReport(calls, range, {}, dashboard.report.now);
    expect(dashboard.report).toEqual(expected);
    expect(dashboard.report.byRep.map((r) => [r.rep.name, r.goalHitRate.numerator, r.goalHitRate.denominator])).toEqual([
      ['Ann', 1, 2],
      ['Bob', 1, 1],
    ]);
    expect(dashboard.topQuestions).toEqual([{ text: 'what changed', count: 1 }]);
    expect(dashboard.coaching.map((c) => c.note)).toEqual(['Help']);
    expect((await getReport({ ...range, filter: { repName: 'Bob' } })).report.totals.calls).toBe(1);
  });

  it('pages through every call exactly once, including many with the same createdAt', async () => {
    const same = Date.UTC(2026, 0, 1);
    const calls = Array.from({ length: 23 }, (_, i) => hit(i + 1, i % 2 ? ANN : BOB, 'yes', i < 15 ? same : same + i));
    await store.importMany(calls);
    const seen: string[] = [];
    let after: { createdAt: number; id: string } | null = null;
    let pages = 0;
    do {
      const page = await getCallsPage({ after, limit: 4 });
      seen.push(...page.calls.map((c) => c.id));
      after = page.next;
      pages += 1;
    } while (after !== null);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(pages).toBe(6);
  });
});
