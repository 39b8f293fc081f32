/** "Delete all data" empties the imported team chunks as well as the rep's own calls (promise 24). */
import { describe, expect, it } from 'vitest';
import { IDBFactory, makeCall, openTestStore, testId } from './fixtures/make-call';

describe('deleteAll', () => {
  it('empties own calls and every team chunk, and the store still works after', async () => {
    const { store } = await openTestStore(new IDBFactory());
    await store.importMany([makeCall({ id: testId(1) })]);
    await store.importTeam(Array.from({ length: 2100 }, (_, i) => makeCall({ id: testId(i + 10), source: { file: 'ann.json', importedAt: 1 } })));
    expect(await store.teamRows()).toHaveLength(2100);
    await store.deleteAll();
    expect(await store.count()).toBe(0);
    expect(await store.teamRows()).toEqual([]);
    expect(await store.teamCalls()).toEqual([]);
    expect(await store.importTeam([makeCall({ id: testId(10) })])).toMatchObject({ inserted: 1 });
  });
});
