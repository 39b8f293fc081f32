/**
 * Every stored call by [createdAt, id], in batches of short read transactions. IndexedDB commits a
 * transaction as soon as its caller awaits anything else, so one cursor cannot span an export or a
 * dashboard render; each batch resumes strictly after the last key read. Calls saved meanwhile may or
 * may not appear; none appears twice.
 */
import { inTransaction } from './in-transaction';
import type { CallDb } from './open-call-db';

export interface CreatedRange {
  /** Inclusive createdAt bounds, in ms since the epoch. */
  from?: number;
  to?: number;
}

export const DEFAULT_BATCH = 500;

/** Yields raw stored values (still to be parsed), at most `batchSize` per transaction. */
export async function* readCallBatches(callDb: CallDb, range: CreatedRange = {}, batchSize = DEFAULT_BATCH): AsyncGenerator<unknown[]> {
  const size = Math.max(1, Math.floor(batchSize));
  // [] sorts after every string, so [to, []] is above every [to, id].
  const upper: [number, never[]] = [range.to ?? Infinity, []];
  let lower: [number, string] = [range.from ?? 0, ''];
  let excludeLower = false;
  for (;;) {
    const query = IDBKeyRange.bound(lower, upper, excludeLower, false);
    const values = await inTransaction(callDb.db, ['calls'], 'readonly', 'read calls', (tx) =>
      tx.objectStore('calls').index('byCreatedAt').getAll(query, size),
    );
    if (values.length > 0) yield values;
    // Anything in this index has a numeric createdAt and a string id: they are its key.
    const last = values[values.length - 1] as { createdAt: number; id: string } | undefined;
    if (!last || values.length < size) return;
    lower = [last.createdAt, last.id];
    excludeLower = true;
  }
}
