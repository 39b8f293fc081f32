/** The page opens the call database only at the version it knows: it never creates, upgrades or downgrades it. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CALL_DB, TEAM_STORE_VERSION } from '../team-store';
import { openTeamDb } from './open-team-db';

function openAt(factory: IDBFactory, version: number, stores: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(CALL_DB, version);
    open.onupgradeneeded = () => stores.forEach((name) => open.result.createObjectStore(name, { keyPath: 'key' }));
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

const versions = async (factory: IDBFactory) => (await factory.databases()).map((d) => [d.name, d.version]);

describe('openTeamDb', () => {
  it('opens a database at TEAM_STORE_VERSION', async () => {
    const factory = new IDBFactory();
    await openAt(factory, TEAM_STORE_VERSION, ['teamIndex', 'teamData']);
    const db = await openTeamDb(factory);
    expect([db.version, [...db.objectStoreNames].sort()]).toEqual([TEAM_STORE_VERSION, ['teamData', 'teamIndex']]);
    db.close();
  });

  it('neither creates a missing database nor upgrades an older one', async () => {
    const factory = new IDBFactory();
    await expect(openTeamDb(factory)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/not ready.*Nothing was imported/) });
    expect(await versions(factory)).toEqual([]);
    await openAt(factory, TEAM_STORE_VERSION - 1);
    await expect(openTeamDb(factory)).rejects.toMatchObject({ code: 'unavailable' });
    expect(await versions(factory)).toEqual([[CALL_DB, TEAM_STORE_VERSION - 1]]);
  });

  it('refuses a database a newer Precall wrote', async () => {
    const factory = new IDBFactory();
    await openAt(factory, TEAM_STORE_VERSION + 1);
    await expect(openTeamDb(factory)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/newer version of Precall/) });
  });

  it('closes its connection when another context upgrades, never blocking it', async () => {
    const factory = new IDBFactory();
    await openAt(factory, TEAM_STORE_VERSION);
    const db = await openTeamDb(factory);
    await openAt(factory, TEAM_STORE_VERSION + 1);
    expect(() => db.transaction('teamData')).toThrow();
  });
});
