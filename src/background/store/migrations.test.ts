/**
 * Promise 7: every upgrade migrates every old shape; a failed migration changes nothing; a database
 * from a newer Precall opens read-only.
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, makeCall, openTestStore } from './fixtures/make-call';
import { bumpVersion, dump, seedV1 } from './fixtures/raw-db';
import v1Fixture from './fixtures/schema-v1.json';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { openCallDb } from './open-call-db';
import { StoreError } from '../../shared/store-error';
import { TEAM_STORE_VERSION } from '../../shared/team-store';
import { makeContext } from './fixtures/make-call';

const NAME = 'precall';

describe('schema v1 → current', () => {
  it('migrates the frozen v1 fixture: keys derived, history works, the bad record is kept and quarantined on read', async () => {
    const factory = new IDBFactory();
    await seedV1(factory, NAME, v1Fixture.calls);
    const { store, reports } = await openTestStore(factory);
    const lee = makeContext({ site: 'outlook', kind: 'thread', recordId: undefined, recordUrl: 'https://outlook.office.com/mail/x', emails: ['lee@globex.example'], phones: [] });
    expect((await store.history(lee, 10)).map((c) => c.id)).toEqual(['22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111']);
    expect((await store.openFollowUps()).map((c) => c.id)).toEqual(['11111111-1111-4111-8111-111111111111']);
    expect((await store.pendingOutcomes()).map((c) => c.id)).toEqual(['11111111-1111-4111-8111-111111111111']);
    expect(await store.count()).toBe(3); // the unreadable record migrated as-is, not dropped
    const all = [];
    for await (const call of store.all()) all.push(call.id);
    expect(all).toHaveLength(2);
    expect(reports.flatMap((r) => r.corrupt.map((c) => c.key))).toEqual(['33333333-3333-4333-8333-333333333333']);
    expect((await store.quarantined()).map((q) => q.originalKey)).toEqual(['33333333-3333-4333-8333-333333333333']);
    store.close();
    const after = await dump(factory, NAME);
    expect(after.version).toBe(SCHEMA_VERSION);
    expect(after.stores.meta).toEqual([{ key: 'schemaVersion', value: SCHEMA_VERSION }]);
  });

  it('each record step is idempotent, and reopening a migrated database changes nothing', async () => {
    for (const step of MIGRATIONS) {
      for (const value of v1Fixture.calls) {
        const once = step.migrateCall ? step.migrateCall(value) : value;
        expect(step.migrateCall ? step.migrateCall(once) : once).toEqual(once);
      }
    }
    const factory = new IDBFactory();
    await seedV1(factory, NAME, v1Fixture.calls);
    (await openCallDb(factory, NAME)).db.close();
    const first = await dump(factory, NAME);
    (await openCallDb(factory, NAME)).db.close();
    expect(await dump(factory, NAME)).toEqual(first);
  });

  const failures: [string, (real: Migration) => Migration][] = [
    ['the schema step', (real) => ({ ...real, upgradeSchema: () => { throw new Error('schema step exploded'); } })],
    ...[0, 1, 2].map((k): [string, (real: Migration) => Migration] => [
      `record ${k}`,
      (real) => {
        let seen = 0;
        return { ...real, migrateCall: (value) => { if (seen++ === k) throw new Error(`record ${k} exploded`); return real.migrateCall!(value); } };
      },
    ]),
  ];

  it.each(failures)('a throw in %s leaves every stored byte and the version unchanged, and surfaces', async (_, breakStep) => {
    const factory = new IDBFactory();
    await seedV1(factory, NAME, v1Fixture.calls);
    const before = await dump(factory, NAME);
    const broken = [MIGRATIONS[0]!, breakStep(MIGRATIONS[1]!)];
    const error = await openCallDb(factory, NAME, { migrations: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('unavailable');
    expect((error as StoreError).message).toMatch(/exploded/);
    expect(await dump(factory, NAME)).toEqual(before);
    // The real migrations still succeed afterwards.
    expect((await openCallDb(factory, NAME)).version).toBe(SCHEMA_VERSION);
  });
});

describe('the options page’s team-import writer', () => {
  it('knows the current schema: a new migration must be checked against shared/team-import, then this bumped', () => {
    // The page writes teamIndex/teamData itself and opens the database only at TEAM_STORE_VERSION (open-team-db.ts).
    expect(TEAM_STORE_VERSION).toBe(SCHEMA_VERSION);
  });
});

describe('a database from a newer Precall', () => {
  it('opens read-only: reads work, every write is refused with a clear message', async () => {
    const factory = new IDBFactory();
    const { store } = await openTestStore(factory);
    const call = makeCall({ followUp: { due: 5, status: 'open' } });
    await store.save(call);
    store.close();
    await bumpVersion(factory, NAME, SCHEMA_VERSION + 1);
    const { store: old } = await openTestStore(factory);
    expect(old.readOnly).toBe(true);
    expect(await old.get(call.id)).toEqual(call);
    expect(await old.history(call.context, 5)).toHaveLength(1);
    for (const write of [() => old.save(call), () => old.markNotified(call.id, 9), () => old.importMany([makeCall()]), () => old.deleteAll()]) {
      const error = await write().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'unavailable' });
      expect((error as Error).message).toMatch(/newer version of Precall/);
    }
    expect((await dump(factory, NAME)).stores.calls).toHaveLength(1);
  });
});
