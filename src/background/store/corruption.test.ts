/**
 * Promise 6: corruption is detected and quarantined, never dropped and never shown as a call; a
 * backup restores.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, makeCall, makeContext, openTestStore, testId, type TestStore } from './fixtures/make-call';
import { openRaw } from './fixtures/raw-db';
import { StoreError } from '../../shared/store-error';

const NAME = 'precall';
let factory: IDBFactory;
let t: TestStore;

beforeEach(async () => {
  factory = new IDBFactory();
  t = await openTestStore(factory, NAME);
});

/** Writes a value past the store, as disk damage or a buggy old version would. */
async function writeRaw(store: string, value: unknown): Promise<void> {
  const db = await openRaw(factory, NAME);
  const tx = db.transaction(store, 'readwrite');
  await tx.store.put(value);
  await tx.done;
  db.close();
}

const damaged = {
  id: testId(666),
  rep: 42,
  createdAt: 5,
  _keys: { recordKey: ['salesforce:id:003XYZ', 5], emails: [['dana@acme.example', 5]], phones: [], pendingOutcome: 5 },
};

describe('quarantine on read', () => {
  it('history never returns a damaged record; it is moved to quarantine and reported', async () => {
    const good = makeCall();
    await t.store.save(good);
    await writeRaw('calls', damaged);
    expect(await t.store.count()).toBe(2);
    expect((await t.store.history(makeContext(), 10)).map((c) => c.id)).toEqual([good.id]);
    expect(t.reports).toEqual([{ corrupt: [{ key: damaged.id, issues: expect.stringContaining('rep') }], quarantined: true }]);
    const [entry] = await t.store.quarantined();
    expect(entry?.value).toEqual(damaged);
    expect(entry?.originalKey).toBe(damaged.id);
    expect(await t.store.count()).toBe(1);
  });

  it('get, pendingOutcomes and updates report damage instead of returning or changing it', async () => {
    await writeRaw('calls', damaged);
    expect(await t.store.pendingOutcomes()).toEqual([]);
    await writeRaw('calls', damaged);
    expect(await t.store.get(damaged.id)).toBeUndefined();
    await writeRaw('calls', damaged);
    await expect(t.store.markNotified(damaged.id, 1)).rejects.toMatchObject({ code: 'corrupt' });
    expect(await t.store.quarantined()).toHaveLength(3);
    expect(t.reports).toHaveLength(3);
  });

  it('saving over a damaged record keeps the damaged value in quarantine', async () => {
    await writeRaw('calls', damaged);
    const fixed = makeCall({ id: damaged.id });
    await t.store.save(fixed);
    expect(await t.store.get(damaged.id)).toEqual(fixed);
    expect((await t.store.quarantined()).map((q) => q.value)).toEqual([damaged]);
  });
});

describe('snapshot and backup', () => {
  it('exportSnapshot → deleteAll → restoreSnapshot gives back every call', async () => {
    const calls = [makeCall(), makeCall({ followUp: { due: 9, status: 'open' } }), makeCall()];
    for (const call of calls) await t.store.save(call);
    const snapshot = await t.store.exportSnapshot();
    await t.store.deleteAll();
    expect(await t.store.restoreSnapshot(snapshot)).toBe(3);
    for (const call of calls) expect(await t.store.get(call.id)).toEqual(call);
    expect((await t.store.openFollowUps()).map((c) => c.id)).toEqual([calls[1]!.id]);
  });

  it('a damaged snapshot is refused and nothing changes', async () => {
    const keep = makeCall();
    await t.store.save(keep);
    const snapshot = await t.store.exportSnapshot();
    const truncated = { ...snapshot, calls: [] };
    const flipped = { ...snapshot, calls: [{ ...keep, stage: 'stalled' }] };
    for (const bad of [truncated, flipped, { ...snapshot, format: 'x' }, null, 'garbage']) {
      const error = await t.store.restoreSnapshot(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('corrupt');
    }
    expect(await t.store.get(keep.id)).toEqual(keep);
    expect(await t.store.count()).toBe(1);
  });

  it('the backup store reports ok, missing or corrupt', async () => {
    expect((await t.store.readBackup()).status).toBe('missing');
    await t.store.save(makeCall());
    await t.store.backupNow();
    const state = await t.store.readBackup();
    expect(state.status).toBe('ok');
    await writeRaw('backup', { key: 'latest', snapshot: { format: 'precall-snapshot', calls: 'half a file' } });
    expect((await t.store.readBackup()).status).toBe('corrupt');
  });
});
