/**
 * A team import in ONE strict-durability transaction (promises 21, 22): records new to this browser are appended
 * as chunks (shared/team-store.ts); a record already here with the same content is unchanged; with different
 * content it is a conflict, reported and not written. Nothing stored is ever rewritten. The records arrive
 * validated (parseCallsExport in the same worker) and merged (mergeExports: unique ids, order-free), so they are
 * not parsed again here.
 */
import type { CallRecord } from '../../shared/call-record';
import { sameCallContent } from '../../shared/report/deep-equal';
import { callLogLine } from '../../shared/report/csv-line';
import { toReportRow } from '../../shared/report/report-row';
import { parseCalls, type TeamDataValue, type TeamIndexValue } from '../../shared/team-store';
import type { ImportConflict, ImportResult } from './import-many';
import { assertWritable, inTransaction, observed, type Tx } from './in-transaction';
import type { CallDb } from './open-call-db';
import { fromStored } from './stored-call';

/** ~1.5 MB of JSON per chunk: few values to read, none large enough to strain a structured clone. */
export const TEAM_CHUNK = 2000;

/** `records` sorted by createdAt, so the chunk's bounds are its first and last record's. */
function chunkValues(key: number, records: CallRecord[]): [TeamIndexValue, TeamDataValue] {
  const first = records[0]?.createdAt ?? 0;
  const last = records[records.length - 1]?.createdAt ?? 0;
  return [
    { key, ids: records.map((r) => r.id), rows: JSON.stringify(records.map(toReportRow)), first, last },
    { key, calls: JSON.stringify(records), createdAt: records.map((r) => r.createdAt), csv: records.map(callLogLine) },
  ];
}

/** Which chunk holds each imported id, and the next free chunk key. */
async function importedIds(tx: Tx<'readwrite'>): Promise<{ where: Map<string, number>; nextKey: number }> {
  const where = new Map<string, number>();
  let nextKey = 1;
  for (const value of await tx.objectStore('teamIndex').getAll()) {
    for (const id of value.ids) where.set(id, value.key);
    nextKey = Math.max(nextKey, value.key + 1);
  }
  return { where, nextKey };
}

/** The stored version of each id already here: own calls first (by key), then imported chunks (parsed once each). */
async function existingVersions(tx: Tx<'readwrite'>, ids: string[], where: Map<string, number>): Promise<Map<string, CallRecord | null>> {
  const found = new Map<string, CallRecord | null>();
  const own = new Set((await tx.objectStore('calls').getAllKeys()) as string[]);
  const ownHits = ids.filter((id) => own.has(id));
  const values = await Promise.all(ownHits.map((id) => observed(tx.objectStore('calls').get(id))));
  ownHits.forEach((id, i) => {
    const parsed = fromStored(values[i]);
    found.set(id, parsed.ok ? parsed.record : null);
  });
  const chunks = new Set(ids.filter((id) => !found.has(id) && where.has(id)).map((id) => where.get(id) as number));
  for (const key of chunks) {
    const data = await tx.objectStore('teamData').get(key);
    for (const record of data === undefined ? [] : parseCalls(data)) if (!found.has(record.id)) found.set(record.id, record);
  }
  return found;
}

export async function importTeam(callDb: CallDb, records: readonly CallRecord[]): Promise<ImportResult> {
  assertWritable(callDb);
  return inTransaction(callDb.db, ['calls', 'teamIndex', 'teamData'], 'readwrite', 'import the team files', async (tx) => {
    const { where, nextKey } = await importedIds(tx);
    const existing = await existingVersions(tx, records.map((r) => r.id), where);
    const result: ImportResult = { inserted: 0, unchanged: 0, conflicts: [] };
    const fresh: CallRecord[] = [];
    for (const record of records) {
      if (!existing.has(record.id)) fresh.push(record);
      else {
        const stored = existing.get(record.id) ?? null;
        if (stored !== null && sameCallContent(stored, record)) result.unchanged += 1;
        else result.conflicts.push({ id: record.id, existing: stored, incoming: record } satisfies ImportConflict);
      }
    }
    // By time, so each chunk covers a short span and a dashboard range reads few of them (team-store.ts mayOverlap).
    fresh.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const writes: Promise<unknown>[] = [];
    for (let i = 0, key = nextKey; i < fresh.length; i += TEAM_CHUNK, key += 1) {
      const [index, data] = chunkValues(key, fresh.slice(i, i + TEAM_CHUNK));
      writes.push(observed(tx.objectStore('teamIndex').add(index)), observed(tx.objectStore('teamData').add(data)));
    }
    await Promise.all(writes);
    result.inserted = fresh.length;
    return result;
  });
}

/** Every imported chunk's slim rows, for the dashboard. */
export function teamRows(callDb: CallDb) {
  return inTransaction(callDb.db, ['teamIndex'], 'readonly', 'read the team report', (tx) => tx.objectStore('teamIndex').getAll());
}

/** Every imported record, for tests and snapshots of the team store. */
/** Imported records; with `from`, chunks holding no call created at or after it are not parsed at all. */
export async function teamCalls(callDb: CallDb, from?: number): Promise<CallRecord[]> {
  const data = await inTransaction(callDb.db, ['teamData'], 'readonly', 'read the team records', (tx) => tx.objectStore('teamData').getAll());
  return data.filter((chunk) => from === undefined || chunk.createdAt.some((at) => at >= from)).flatMap(parseCalls);
}
