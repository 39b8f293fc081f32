/**
 * "Delete all data" (promise 24): calls, imported team chunks, quarantine and backup are emptied in one transaction, so it
 * either all goes or nothing does. The meta store is emptied too and gets its schema version back,
 * because that number describes the (now empty) database, not the rep's data.
 */
import { assertWritable, inTransaction, observed } from './in-transaction';
import type { CallDb } from './open-call-db';

const STORES = ['calls', 'quarantine', 'backup', 'meta', 'teamIndex', 'teamData'] as const;

export async function deleteAllData(callDb: CallDb): Promise<void> {
  assertWritable(callDb);
  await inTransaction(callDb.db, [...STORES], 'readwrite', 'delete all data', async (tx) => {
    await Promise.all(STORES.map((name) => observed(tx.objectStore(name).clear())));
    await tx.objectStore('meta').put({ key: 'schemaVersion', value: callDb.version });
  });
}
