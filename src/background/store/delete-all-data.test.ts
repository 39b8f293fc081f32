/** "Delete all data" empties the imported team chunks as well as the rep's own calls (promise 24). */
import { describe, expect, it } from 'vitest';
import { exportCallsJson } from '../../shared/report/json-export';
import { importTeamFiles } from '../../shared/team-import/import-team-files';
import { openTeamDb } from '../../shared/team-import/open-team-db';
import { prepareExport } from '../../shared/team-import/prepare-export';
import { IDBFactory, makeCall, openTestStore, testId } from './fixtures/make-call';

/** A team import as the options page writes it (shared/team-import), in this thread. */
function importTeam(factory: IDBFactory, calls: ReturnType<typeof makeCall>[]) {
  const text = exportCallsJson(calls, { name: 'Ann', team: 'East' }, 1);
  const prepare = async () => [prepareExport(text, 'ann.json', 1)];
  return importTeamFiles([{ name: 'ann.json', size: text.length }], { prepare, openDb: () => openTeamDb(factory) }, 1);
}

describe('deleteAll', () => {
  it('empties own calls and every team chunk, and the store still works after', async () => {
    const factory = new IDBFactory();
    const { store } = await openTestStore(factory);
    await store.importMany([makeCall({ id: testId(1) })]);
    await importTeam(factory, Array.from({ length: 2100 }, (_, i) => makeCall({ id: testId(i + 10) })));
    expect(await store.teamRows()).toHaveLength(2100);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    expect(await store.teamRows()).toEqual([]);
    expect(await store.teamCalls()).toEqual([]);
    expect(await importTeam(factory, [makeCall({ id: testId(10) })])).toMatchObject({ inserted: 1 });
  });
});
