/**
 * The backup kept inside the database's `backup` store, and restoring calls from a snapshot.
 * Restore replaces every call in one transaction: it either completes or leaves the calls as they were.
 */
import type { CallRecord } from '../../shared/call-record';
import { assertWritable, inTransaction, observed } from './in-transaction';
import type { CallDb } from './open-call-db';
import { checkSnapshot, type Snapshot } from './snapshot';
import { StoreError } from '../../shared/store-error';
import { toStored } from './stored-call';

const LATEST = 'latest';

export type BackupState =
  | { status: 'ok'; snapshot: Snapshot }
  | { status: 'missing' }
  | { status: 'corrupt'; reason: string };

export async function writeBackup(callDb: CallDb, snapshot: Snapshot): Promise<void> {
  assertWritable(callDb);
  await inTransaction(callDb.db, ['backup'], 'readwrite', 'write the backup', async (tx) => {
    await tx.objectStore('backup').put({ key: LATEST, snapshot });
  });
}

export async function readBackup(callDb: CallDb, knownVersion: number): Promise<BackupState> {
  const entry = await inTransaction(callDb.db, ['backup'], 'readonly', 'read the backup', (tx) =>
    tx.objectStore('backup').get(LATEST),
  );
  if (entry === undefined) return { status: 'missing' };
  const checked = checkSnapshot(entry.snapshot, knownVersion);
  return checked.ok ? { status: 'ok', snapshot: checked.snapshot } : { status: 'corrupt', reason: checked.reason };
}

/** Validates first, so a damaged snapshot is refused before anything is cleared. */
export async function restoreCalls(callDb: CallDb, input: unknown, knownVersion: number): Promise<number> {
  assertWritable(callDb);
  const checked = checkSnapshot(input, knownVersion);
  if (!checked.ok) throw new StoreError('corrupt', `Restore refused, nothing was changed: ${checked.reason}`);
  const calls: CallRecord[] = checked.snapshot.calls;
  return inTransaction(callDb.db, ['calls'], 'readwrite', 'restore calls from the backup', async (tx) => {
    const store = tx.objectStore('calls');
    await store.clear();
    await Promise.all(calls.map((call) => observed(store.put(toStored(call)))));
    return calls.length;
  });
}
