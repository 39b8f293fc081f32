/**
 * The one way the store touches IndexedDB: a transaction whose result counts only after it commits.
 * Writes use durability 'strict' so "Saved" means flushed to disk, not merely queued (promise 2).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { StoreError, toStoreError } from '../../shared/store-error';
import type { CallDbSchema } from './stored-call';
import type { CallDb } from './open-call-db';

export type StoreName = StoreNames<CallDbSchema>;
export type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<CallDbSchema, StoreName[], Mode>;

const READ_ONLY_MESSAGE =
  'This call database was written by a newer version of Precall, so this version only reads it. ' +
  'Nothing was saved; update Precall to make changes.';

export function assertWritable(callDb: CallDb): void {
  if (callDb.readOnly) throw new StoreError('unavailable', READ_ONLY_MESSAGE);
}

/**
 * Runs `work` in one transaction and resolves only after `tx.done`: a commit failure (quota is often
 * reported only at commit) rejects instead of being acknowledged. Any throw aborts the transaction,
 * so a failed call leaves nothing half-written.
 */
export async function inTransaction<T, Mode extends IDBTransactionMode>(
  db: IDBPDatabase<CallDbSchema>,
  stores: StoreName[],
  mode: Mode,
  doing: string,
  work: (tx: Tx<Mode>) => Promise<T>,
): Promise<T> {
  let tx: Tx<Mode>;
  try {
    tx = db.transaction(stores, mode, { durability: mode === 'readwrite' ? 'strict' : 'default' });
  } catch (error) {
    throw toStoreError(error, doing);
  }
  const done = tx.done;
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    // tx.done rejects as a consequence of the abort below; `error` is the cause and is what we report.
    done.catch(() => undefined);
    abortQuietly(tx);
    // A quota failure at commit surfaces as an AbortError on tx.done; tx.error holds the real reason.
    throw toStoreError(error instanceof StoreError ? error : (tx.error ?? error), doing);
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (e.g. a request failed and aborted it): nothing left to undo.
  }
}

/**
 * Marks a request's promise as handled while keeping it awaitable. When a later request throws, the
 * transaction aborts and rejects every earlier pending request; those rejections are consequences of
 * the error inTransaction reports, and must not surface as unhandled rejections in the worker.
 */
export function observed<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
