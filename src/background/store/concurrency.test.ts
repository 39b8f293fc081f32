/**
 * Promise 1: no log lost or duplicated when tabs save at once. A fast-check scheduler decides the
 * order in which saves from several tabs (separate connections to one database) start and
 * interleave; whatever the order, every call must end up stored once, at its newest version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../shared/call-record';
import { IDBFactory, makeCall, openTestStore, testId } from './fixtures/make-call';
import { isStoreError, StoreError } from '../../shared/store-error';

interface Saver {
  save(record: CallRecord): Promise<unknown>;
  list(): Promise<CallRecord[]>;
}

/** The anti-pattern the store exists to prevent: one array of calls, read, modified and written back. */
class NaiveArrayStore {
  private data: CallRecord[] = [];
  constructor(private readonly pause: () => Promise<void>) {}
  async save(record: CallRecord): Promise<void> {
    const snapshot = [...this.data];
    await this.pause(); // another tab may run here, as it may between storage.get and storage.set
    // Same staleness rule as the real store, so the only difference left is read-modify-write.
    const existing = snapshot.find((call) => call.id === record.id);
    if (existing && existing.updatedAt > record.updatedAt) throw new StoreError('stale', 'stale');
    const rest = snapshot.filter((call) => call.id !== record.id);
    this.data = [...rest, record];
  }
  async list(): Promise<CallRecord[]> {
    return this.data;
  }
}

/** Each op: a tab, a call, a version. Version 0 creates; later versions edit dial.target. */
const opsArb = fc
  .array(fc.record({ tab: fc.nat(2), call: fc.nat(3), version: fc.nat(3) }), { minLength: 1, maxLength: 6 })
  .map((ops) => ops.map((op, i) => ({ ...op, seq: i })));

function versionOf(call: number, version: number): CallRecord {
  return makeCall({ id: testId(call + 1), createdAt: 1000 + call, updatedAt: 2000 + version, dial: { status: 'planned', target: `v${version}` } });
}

/** Expected: one record per call touched, at its highest version. Stale writes may be refused, nothing else. */
async function holds(stores: Saver[], ops: { tab: number; call: number; version: number }[], s: fc.Scheduler): Promise<boolean> {
  const runs = ops.map((op) =>
    s.schedule(Promise.resolve(op)).then((o) =>
      stores[o.tab % stores.length]!.save(versionOf(o.call, o.version)).catch((error: unknown) => {
        if (!(isStoreError(error) && error.code === 'stale')) throw error;
      }),
    ),
  );
  await s.waitAll();
  await Promise.all(runs);
  const stored = await stores[0]!.list();
  const expected = new Map<number, number>();
  for (const op of ops) expected.set(op.call, Math.max(expected.get(op.call) ?? -1, op.version));
  const byId = new Map(stored.map((call) => [call.id, call]));
  if (stored.length !== expected.size || byId.size !== expected.size) return false;
  return [...expected].every(([call, version]) => {
    const got = byId.get(testId(call + 1));
    return got?.dial.target === `v${version}` && got.updatedAt === 2000 + version && got.rep.name === 'Sam';
  });
}

async function allOf(store: { all(): AsyncGenerator<CallRecord> }): Promise<CallRecord[]> {
  const out: CallRecord[] = [];
  for await (const call of store.all()) out.push(call);
  return out;
}

describe('promise 1: concurrent saves from several tabs', () => {
  it('the call store keeps exactly the newest version of every call (1,000 scheduled runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), opsArb, async (s, ops) => {
        const factory = new IDBFactory();
        const tabs = await Promise.all([0, 1, 2].map(() => openTestStore(factory)));
        const stores: Saver[] = tabs.map(({ store }) => ({ save: (r) => store.save(r), list: () => allOf(store) }));
        try {
          return await holds(stores, ops, s);
        } finally {
          tabs.forEach(({ store }) => store.close());
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('a read-modify-write array store fails the same property (fast-check finds a counterexample)', async () => {
    const result = await fc.check(
      fc.asyncProperty(fc.scheduler(), opsArb, async (s, ops) => {
        const naive = new NaiveArrayStore(() => s.schedule(Promise.resolve()));
        // Three "tabs" sharing one array, as three content scripts sharing storage.local would.
        return holds([naive, naive, naive], ops, s);
      }),
      { numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
    // It failed by losing or reverting calls (the property returned false), not by crashing.
    expect(String(result.errorInstance)).toMatch(/returning false/);
  });

  it('5 tabs × 10 concurrent saves → exactly 50 records, 50 ids, fields intact', async () => {
    const factory = new IDBFactory();
    const tabs = await Promise.all([0, 1, 2, 3, 4].map(() => openTestStore(factory)));
    const calls = Array.from({ length: 50 }, (_, i) => makeCall({ id: testId(500 + i), questions: [{ text: `q${i}` }] }));
    await Promise.all(calls.map((call, i) => tabs[i % 5]!.store.save(call)));
    const stored = await allOf(tabs[0]!.store);
    expect(stored).toHaveLength(50);
    expect(new Set(stored.map((call) => call.id)).size).toBe(50);
    const byId = new Map(stored.map((call) => [call.id, call]));
    for (const call of calls) expect(byId.get(call.id)).toEqual(call);
  });
});
