/**
 * A team import end to end against the real, migrated call database (promises 21, 22): the page's import
 * (shared/team-import, run here in one thread) lands in one transaction or not at all, is idempotent, lists conflicts
 * and never writes them, and the background's report and readers see what it wrote. Also the dashboard's reads.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord, Rep } from '../shared/call-record';
import { computeReport } from '../shared/report/compute-report';
import { exportCallsJson, MAX_EXPORT_BYTES } from '../shared/report/json-export';
import { ANN, BOB, goal, makeCall } from '../shared/report/make-call';
import { importTeamFiles, ImportRejected } from '../shared/team-import/import-team-files';
import { openTeamDb } from '../shared/team-import/open-team-db';
import { prepareExport, type PrepareResult } from '../shared/team-import/prepare-export';
import { openTestStore } from './store/fixtures/make-call';
import { bumpVersion } from './store/fixtures/raw-db';
import { SCHEMA_VERSION } from './store/migrations';
import type { CallStore } from './store/call-store';

let store: CallStore;
let factory: IDBFactory;
vi.mock('../shared/browser', () => ({ browser: {} }));
vi.mock('./services', () => ({ callStore: async () => store, asMessageError: (e: unknown) => e }));
const { getCallsPage, getReport } = await import('./reports');
const { prepareTeamImport } = await import('./team-import');

const file = (name: string, calls: CallRecord[], rep: Rep = ANN) => new File([exportCallsJson(calls, rep, 1)], name);

/** The page's import, with the workers' step run in this thread. */
function importFiles(files: File[], importedAt = 5, prepare = vi.fn(inThread)) {
  return importTeamFiles(files, { prepare, openDb: () => openTeamDb(factory) }, importedAt);
}

/** Like the workers, tells of each file as it is prepared (the last one not: importTeamFiles adds what it missed). */
async function inThread(files: readonly File[], importedAt: number, onResult: (file: number, result: PrepareResult) => void) {
  const results = await Promise.all(files.map(async (f) => prepareExport(new Uint8Array(await f.arrayBuffer()), f.name, importedAt)));
  results.slice(0, -1).forEach((result, f) => onResult(f, result));
  return results;
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
  factory = new IDBFactory();
  store = (await openTestStore(factory)).store;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a team import', () => {
  it('imports several reps in one step, each record keeping its rep and its source file', async () => {
    const result = await importFiles([file('ann.json', [hit(1, ANN, 'yes')]), file('bob.json', [hit(2, BOB, 'no')], BOB)]);
    expect(result).toEqual({ files: 2, inserted: 2, unchanged: 0, conflicts: [], conflictTotal: 0 });
    expect((await all()).map((c) => [c.rep.name, c.source])).toEqual([
      ['Ann', { file: 'ann.json', importedAt: 5 }],
      ['Bob', { file: 'bob.json', importedAt: 5 }],
    ]);
  });

  it('writes nothing when any file is bad, naming each bad file with its call and field', async () => {
    const broken = JSON.parse(exportCallsJson([hit(3, BOB, 'yes'), hit(4, BOB, 'no')], BOB, 1));
    broken.calls[1].goal.type = 'win';
    const files = [file('ann.json', [hit(1, ANN, 'yes')]), new File([JSON.stringify(broken)], 'broken.json'), new File(['{'], 'junk.json')];
    const error = await importFiles(files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as ImportRejected).errors).toEqual([expect.stringMatching(/^broken\.json: call 2, field goal\.type/), expect.stringMatching(/^junk\.json: not valid JSON/)]);
    expect(await all()).toEqual([]);
  });

  it('refuses a name picked twice and a file over the size limit before reading any file', async () => {
    const prepare = vi.fn(inThread);
    const huge = { name: 'huge.json', size: MAX_EXPORT_BYTES + 1 } as File;
    const error = (await importFiles([file('a.json', [hit(1, ANN, 'yes')]), file('a.json', [hit(2, ANN, 'no')]), huge], 5, prepare).catch((e: unknown) => e)) as ImportRejected;
    expect(error.errors).toEqual([expect.stringMatching(/^a\.json: picked twice/), 'huge.json: larger than 90 MB']);
    expect(prepare).not.toHaveBeenCalled();
    expect(await all()).toEqual([]);
  });

  it('is idempotent: the same file again is all unchanged, and adds nothing', async () => {
    const files = () => [file('ann.json', [hit(1, ANN, 'yes'), hit(2, ANN, 'no')])];
    await importFiles(files());
    const before = await all();
    expect(await importFiles(files(), 6)).toMatchObject({ inserted: 0, unchanged: 2, conflictTotal: 0 });
    expect(await all()).toEqual(before);
  });

  it('lists a conflict with the store and one within the batch, writing neither, whatever the file order', async () => {
    await importFiles([file('ann.json', [hit(1, ANN, 'yes')])]);
    const changed = () => file('b.json', [hit(1, ANN, 'no'), hit(3, BOB, 'yes')]);
    const other = () => file('c.json', [hit(3, BOB, 'no')], BOB);
    const a = await importFiles([other(), changed()], 6);
    expect(a.conflictTotal).toBe(2);
    expect(a.conflicts.map((c) => [c.kept.file, c.incoming.file])).toEqual([['b.json', 'c.json'], ['ann.json', 'b.json']]);
    const stored = await all();
    expect(stored.find((c) => c.id === hit(1, ANN, 'yes').id)?.outcome?.goalMet).toBe('yes');
    expect(stored.find((c) => c.id === hit(3, BOB, 'yes').id)?.source?.file).toBe('b.json');
    expect(stored).toHaveLength(2);
  });

  it('lists a record that differs from the rep’s own call, and one whose own copy is unreadable, as conflicts', async () => {
    const own = hit(1, ANN, 'yes');
    await store.importMany([own]);
    const db = await openTeamDb(factory);
    const tx = db.transaction('calls', 'readwrite');
    tx.objectStore('calls').put({ id: hit(2, ANN, 'yes').id, broken: true });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    const result = await importFiles([file('ann.json', [{ ...own, stage: 'stalled' }, hit(2, ANN, 'yes'), hit(3, ANN, 'no')])]);
    expect(result).toMatchObject({ inserted: 1, unchanged: 0, conflictTotal: 2 });
    expect(result.conflicts.map((c) => c.kept.file)).toEqual(['this browser', '(stored, unreadable)']);
    expect((await store.teamCalls()).map((c) => c.id)).toEqual([hit(3, ANN, 'no').id]);
  });

  it('leaves nothing behind when the disk is full at a write, and says so', async () => {
    const original = IDBObjectStore.prototype.add;
    let adds = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      adds += 1;
      if (adds === 3) throw new DOMException('injected', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const calls = Array.from({ length: 2100 }, (_, i) => hit(i + 1, ANN, 'yes', Date.UTC(2026, 0, 1) + i));
    await expect(importFiles([file('ann.json', calls)])).rejects.toMatchObject({ code: 'quota', message: expect.stringMatching(/no storage space left to import the team files/) });
    vi.restoreAllMocks();
    expect(await all()).toEqual([]);
    expect(await store.teamRows()).toEqual([]);
  });

  it('leaves nothing behind when a write fails after it was issued (the database refuses a chunk key)', async () => {
    await importFiles([file('ann.json', [hit(1, ANN, 'yes')])]);
    // The next import is made to believe no chunk is stored yet, so its first chunk takes a key already in use.
    const getAll = IDBObjectStore.prototype.getAll;
    vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      return this.name === 'teamIndex' ? getAll.call(this, IDBKeyRange.only(-1)) : getAll.apply(this, args);
    });
    const calls = Array.from({ length: 700 }, (_, i) => hit(i + 10, BOB, 'no', Date.UTC(2026, 0, 1) + i));
    await expect(importFiles([file('bob.json', calls, BOB)])).rejects.toMatchObject({ code: 'unknown', message: expect.stringMatching(/ConstraintError/) });
    vi.restoreAllMocks();
    expect((await all()).map((c) => c.source?.file)).toEqual(['ann.json']);
  });

  it('reads imported records from a time on without losing any made then', async () => {
    const old = Date.UTC(2025, 0, 6, 9);
    const recent = Date.UTC(2026, 10, 16, 9);
    await importFiles([file('ann.json', [hit(1, ANN, 'yes', old), hit(2, ANN, 'no', recent)])]);
    expect((await store.teamCalls(recent)).filter((c) => c.createdAt >= recent).map((c) => c.id)).toEqual([hit(2, ANN, 'no').id]);
    expect(await store.teamCalls(recent + 1)).toEqual([]);
    expect(await store.teamCalls()).toHaveLength(2);
  });

  it('is refused, by the background and by the page, when a newer Precall wrote the database', async () => {
    await expect(prepareTeamImport()).resolves.toEqual({ ok: true });
    store.close();
    await bumpVersion(factory, 'precall', SCHEMA_VERSION + 1);
    store = (await openTestStore(factory)).store;
    await expect(prepareTeamImport()).rejects.toThrow(/written by a newer version of Precall/);
    await expect(importFiles([file('ann.json', [hit(1, ANN, 'yes')])])).rejects.toThrow(/newer version of Precall.*Nothing was imported/);
  });
});

describe('getReport and getCallsPage', () => {
  it('reports what computeReport says about the stored calls in range, own and imported alike', async () => {
    const calls = [hit(1, ANN, 'yes'), hit(2, ANN, 'no'), hit(3, BOB, 'yes'), hit(4, BOB, 'yes', Date.UTC(2025, 0, 1))];
    calls[0] = { ...calls[0]!, outcome: { ...calls[0]!.outcome!, questionsAsked: ['What changed?'], coaching: { note: 'Help' } } };
    await store.importMany(calls.slice(0, 2));
    await importFiles([file('bob.json', calls.slice(2), BOB)]);
    const range = { from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 11, 1) };
    const dashboard = await getReport(range);
    expect(dashboard.report).toEqual(computeReport(calls, range, {}, dashboard.report.now));
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
