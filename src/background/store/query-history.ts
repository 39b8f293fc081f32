/**
 * A contact's calls, matched by record key, any email or any phone, so a Gmail thread and the CRM
 * record of the same person share one history. Each key is walked newest first on its
 * [key, createdAt] index with a key cursor, reading at most `limit` entries per key and never a value
 * until the winners are known: cost grows with the contact's keys, not with the size of the store.
 */
import type { PageContext } from '../../shared/domain';
import type { CallDb } from './open-call-db';
import { inTransaction, observed } from './in-transaction';
import { emailKeysOf, phoneKeysOf, recordKeyOf } from './stored-call';

export const MAX_HISTORY = 500;

interface Hit {
  id: string;
  createdAt: number;
}

interface KeyCursorLike {
  readonly key: unknown;
  readonly primaryKey: unknown;
  continue(): Promise<KeyCursorLike | null>;
}

interface KeyIndexLike {
  openKeyCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<KeyCursorLike | null>;
}

async function newestFor(index: KeyIndexLike, key: string, limit: number): Promise<Hit[]> {
  // IDBKeyRange comes from the global scope: native in the worker, installed by fake-indexeddb/auto in tests.
  const range = IDBKeyRange.bound([key, 0], [key, Infinity]);
  const hits: Hit[] = [];
  let cursor = await index.openKeyCursor(range, 'prev');
  while (cursor && hits.length < limit) {
    const [, createdAt] = cursor.key as [string, number];
    hits.push({ id: String(cursor.primaryKey), createdAt });
    cursor = await cursor.continue();
  }
  return hits;
}

/** Newest first; ties broken by id so the order is stable across calls. */
function newestUnique(hits: Hit[], limit: number): Hit[] {
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  return [...byId.values()]
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit);
}

/** Returns raw stored values; the caller parses (and quarantines) them. */
export async function queryHistory(
  callDb: CallDb,
  contact: PageContext,
  limit: number,
): Promise<{ key: string; value: unknown }[]> {
  const take = Math.max(0, Math.min(Math.floor(limit), MAX_HISTORY));
  if (take === 0) return [];
  return inTransaction(callDb.db, ['calls'], 'readonly', 'read the contact history', async (tx) => {
    const store = tx.objectStore('calls');
    const lookups = [
      newestFor(store.index('byRecordKey'), recordKeyOf(contact), take),
      ...emailKeysOf(contact).map((email) => newestFor(store.index('byEmail'), email, take)),
      ...phoneKeysOf(contact).map((phone) => newestFor(store.index('byPhone'), phone, take)),
    ];
    const winners = newestUnique((await Promise.all(lookups)).flat(), take);
    const values = await Promise.all(winners.map((hit) => observed(store.get(hit.id))));
    return winners
      .map((hit, i) => ({ key: hit.id, value: values[i] }))
      .filter((entry) => entry.value !== undefined);
  });
}
