/**
 * Writes a settled team import in ONE strict-durability transaction (promises 21, 22): records new to this browser
 * are appended as chunks; a record already here with the same content is unchanged; with different content it is a
 * conflict, reported and not written. Nothing stored is ever rewritten, and a failure (a full disk at commit
 * included) aborts the transaction, so the batch lands completely or not at all.
 *
 * Why the options page writes here and not the background, the store's writer for everything else: ten reps'
 * exports are ~70 MB, and handing that to the service worker in runtime messages (serialised, 64 MiB at most each)
 * took longer than the whole import may. The page opens the same database (same extension origin) only at the version
 * whose team stores it knows (open-team-db.ts), after the background has opened and upgraded it, and touches only
 * the append-only team stores; the rep's own calls are only read, to report conflicts with them.
 */
import { CallRecord } from '../call-record';
import { committed, request } from '../idb-request';
import { sameCallContent } from '../report/deep-equal';
import type { ImportCallsResult, ImportConflictView } from '../report/report-schemas';
import { StoreError, toStoreError } from '../store-error';
import { parseCalls, type TeamDataValue, type TeamIndexValue } from '../team-store';
import type { PreparedExport } from './prepare-export';
import { recordAt, type RecordRef, type SettledBatch } from './settle-batch';
import { teamChunks } from './team-chunks';

/** The result lists this many conflicts; the total is given beside them. */
export const CONFLICT_LIST_LIMIT = 500;
const DOING = 'import the team files';
const UNREADABLE = { file: '(stored, unreadable)', rep: { name: '?', team: '' }, updatedAt: 0, goal: '' };

function side(record: CallRecord, file: string): ImportConflictView['kept'] {
  return { file, rep: record.rep, updatedAt: record.updatedAt, goal: record.goal?.outcome ?? '(no goal)' };
}

/** Which chunk holds each imported id, and the next free chunk key. */
async function importedIds(tx: IDBTransaction): Promise<{ where: Map<string, number>; nextKey: number }> {
  const where = new Map<string, number>();
  let nextKey = 1;
  for (const value of await request(tx.objectStore('teamIndex').getAll() as IDBRequest<TeamIndexValue[]>)) {
    for (const id of value.ids) where.set(id, value.key);
    nextKey = Math.max(nextKey, value.key + 1);
  }
  return { where, nextKey };
}

/** The stored version of each id already here: own calls first, then imported chunks (each parsed once); null if unreadable. */
async function storedVersions(tx: IDBTransaction, ids: string[], where: Map<string, number>): Promise<Map<string, CallRecord | null>> {
  const found = new Map<string, CallRecord | null>();
  const own = new Set((await request(tx.objectStore('calls').getAllKeys())) as string[]);
  for (const id of ids.filter((i) => own.has(i))) {
    // zod objects drop unknown keys, so this also strips the store's derived `_keys`.
    const parsed = CallRecord.safeParse(await request(tx.objectStore('calls').get(id)));
    found.set(id, parsed.success ? parsed.data : null);
  }
  const chunks = new Set(ids.filter((id) => !found.has(id) && where.has(id)).map((id) => where.get(id) as number));
  for (const key of chunks) {
    const data = (await request(tx.objectStore('teamData').get(key))) as TeamDataValue | undefined;
    for (const record of data === undefined ? [] : parseCalls(data)) if (!found.has(record.id)) found.set(record.id, record);
  }
  return found;
}

async function writeInTransaction(tx: IDBTransaction, files: readonly PreparedExport[], batch: SettledBatch): Promise<ImportCallsResult> {
  const { where, nextKey } = await importedIds(tx);
  const known = await storedVersions(tx, batch.candidates.map((ref) => ref.id), where);
  const fresh: RecordRef[] = [];
  const withStore: ImportConflictView[] = [];
  let unchanged = batch.unchanged;
  for (const ref of batch.candidates) {
    if (!known.has(ref.id)) {
      fresh.push(ref);
      continue;
    }
    const stored = known.get(ref.id) ?? null;
    const incoming = recordAt(files, ref);
    if (stored !== null && sameCallContent(stored, incoming)) unchanged += 1;
    else withStore.push({ id: ref.id, kept: stored === null ? UNREADABLE : side(stored, stored.source?.file ?? 'this browser'), incoming: side(incoming, incoming.source?.file ?? '?') });
  }
  // Not awaited one by one: a failed add aborts the transaction, and the commit that writeTeamImport awaits then fails
  // with its error; hundreds of request handlers would only add work to the page while the import is shown as busy.
  for (const { index, data } of teamChunks(files, fresh, nextKey)) {
    tx.objectStore('teamIndex').add(index);
    tx.objectStore('teamData').add(data);
  }
  const conflicts = [
    ...batch.conflicts.map((c) => ({ id: c.id, kept: side(c.a.record, c.a.file), incoming: side(c.b.record, c.b.file) })),
    ...withStore.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  ];
  return { files: files.length, inserted: fresh.length, unchanged, conflicts: conflicts.slice(0, CONFLICT_LIST_LIMIT), conflictTotal: conflicts.length };
}

function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (a failed request aborts it): nothing left to undo.
  }
}

export async function writeTeamImport(db: IDBDatabase, files: readonly PreparedExport[], batch: SettledBatch): Promise<ImportCallsResult> {
  let tx: IDBTransaction;
  try {
    tx = db.transaction(['calls', 'teamIndex', 'teamData'], 'readwrite', { durability: 'strict' });
  } catch (error) {
    throw toStoreError(error, DOING);
  }
  const done = committed(tx);
  try {
    const result = await writeInTransaction(tx, files, batch);
    await done;
    return result;
  } catch (error) {
    done.catch(() => undefined);
    abortQuietly(tx);
    // A quota failure at commit surfaces as an AbortError; tx.error holds the real reason.
    throw toStoreError(error instanceof StoreError ? error : (tx.error ?? error), DOING);
  }
}
