/**
 * Records that fail the schema on read are moved aside, never dropped and never returned as calls
 * (STYLE 4, promise 6). The move re-checks each value inside its own transaction, so a record that a
 * concurrent save has just repaired is left where it is.
 */
import type { CallRecord } from '../../shared/call-record';
import { inTransaction } from './in-transaction';
import type { CallDb } from './open-call-db';
import { fromStored } from './stored-call';

export interface CorruptCall {
  key: IDBValidKey;
  issues: string;
}

export interface CorruptionReport {
  /** Calls that failed the schema; moved to the quarantine store unless the database is read-only. */
  corrupt: CorruptCall[];
  quarantined: boolean;
}

export type OnCorrupt = (report: CorruptionReport) => void;

/** The calls store's keyPath is 'id', so every stored value carries its own key. */
export function keyedById(values: unknown[]): { key: IDBValidKey; value: unknown }[] {
  return values.map((value) => ({ key: (value as { id?: IDBValidKey } | null)?.id ?? '', value }));
}

export function splitParsed(entries: { key: IDBValidKey; value: unknown }[]): {
  records: CallRecord[];
  corrupt: CorruptCall[];
} {
  const records: CallRecord[] = [];
  const corrupt: CorruptCall[] = [];
  for (const entry of entries) {
    const parsed = fromStored(entry.value);
    if (parsed.ok) records.push(parsed.record);
    else corrupt.push({ key: entry.key, issues: parsed.issues });
  }
  return { records, corrupt };
}

export async function quarantineCalls(callDb: CallDb, corrupt: CorruptCall[], at: number): Promise<boolean> {
  // A read-only (newer) database must not be written; the report still tells the caller what is wrong.
  if (corrupt.length === 0 || callDb.readOnly) return false;
  await inTransaction(callDb.db, ['calls', 'quarantine'], 'readwrite', 'quarantine unreadable calls', async (tx) => {
    const calls = tx.objectStore('calls');
    const quarantine = tx.objectStore('quarantine');
    for (const { key, issues } of corrupt) {
      const value: unknown = await calls.get(key as string);
      if (value === undefined || fromStored(value).ok) continue;
      await quarantine.add({ originalKey: key, value, issues, at });
      await calls.delete(key as string);
    }
  });
  return true;
}

/**
 * Parses values read from the calls store, quarantines the ones that fail and reports them.
 * The report goes to `onCorrupt` before the good records are returned, so nothing fails silently.
 */
export async function acceptParsed(
  callDb: CallDb,
  entries: { key: IDBValidKey; value: unknown }[],
  onCorrupt: OnCorrupt,
  now: () => number,
): Promise<CallRecord[]> {
  const { records, corrupt } = splitParsed(entries);
  if (corrupt.length > 0) {
    const quarantined = await quarantineCalls(callDb, corrupt, now());
    onCorrupt({ corrupt, quarantined });
  }
  return records;
}
