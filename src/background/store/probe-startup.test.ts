/** Promise 6 end to end: probe the databases, decide, and recover calls from the backup database. */
import { describe, expect, it } from 'vitest';
import { decideStartup } from './decide-startup';
import { IDBFactory, makeCall, openTestStore } from './fixtures/make-call';
import { dump, openRaw, seedV1 } from './fixtures/raw-db';
import v1Fixture from './fixtures/schema-v1.json';
import { openBackupStore, probeStartup } from './probe-startup';

const NAME = 'precall';
const ignore = (): void => undefined;

async function deleteDb(factory: IDBFactory, name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('probeStartup', () => {
  it('a fresh profile is missing/missing and probing creates no primary database', async () => {
    const factory = new IDBFactory();
    expect(await probeStartup(factory, NAME, ignore)).toEqual({ primary: 'missing', backup: 'missing', schema: 'current' });
    const names = (await factory.databases()).map((db) => db.name);
    expect(names).not.toContain(NAME);
  });

  it('an old schema is reported as old, and probing does not upgrade it', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, NAME, v1Fixture.calls);
    expect(await probeStartup(factory, NAME, ignore)).toMatchObject({ primary: 'ok', schema: 'old' });
    expect((await dump(factory, NAME)).version).toBe(1);
  });

  it('a database without its stores is corrupt', async () => {
    const factory = new IDBFactory();
    (await openRaw(factory, NAME, 3, () => undefined)).close();
    expect((await probeStartup(factory, NAME, ignore)).primary).toBe('corrupt');
  });

  it('a lost primary is restored from the backup database', async () => {
    const factory = new IDBFactory();
    const { store } = await openTestStore(factory, NAME);
    const backup = await openBackupStore(factory, NAME, ignore);
    const calls = [makeCall(), makeCall()];
    for (const call of calls) await store.save(call);
    await store.backupNow(backup);
    store.close();
    backup.close();
    expect(await probeStartup(factory, NAME, ignore)).toEqual({ primary: 'ok', backup: 'ok', schema: 'current' });

    await deleteDb(factory, NAME);
    const state = await probeStartup(factory, NAME, ignore);
    const decision = decideStartup(state);
    expect(decision.action).toBe('restore');
    expect(decision.warning).toMatch(/restored/);

    const fresh = await openTestStore(factory, NAME);
    const saved = await (await openBackupStore(factory, NAME, ignore)).readBackup();
    if (saved.status !== 'ok') throw new Error('backup should be readable');
    expect(await fresh.store.restoreSnapshot(saved.snapshot)).toBe(2);
    for (const call of calls) expect(await fresh.store.get(call.id)).toEqual(call);
  });
});
