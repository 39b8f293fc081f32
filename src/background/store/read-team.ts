/**
 * Reads of the imported team records, which live in append-only chunks (shared/team-store.ts). They are written by
 * the options page in one transaction per import (shared/team-import), never by the background.
 */
import type { CallRecord } from '../../shared/call-record';
import { parseCalls } from '../../shared/team-store';
import { inTransaction } from './in-transaction';
import type { CallDb } from './open-call-db';

/** Every imported chunk's slim rows, for the dashboard. */
export function teamRows(callDb: CallDb) {
  return inTransaction(callDb.db, ['teamIndex'], 'readonly', 'read the team report', (tx) => tx.objectStore('teamIndex').getAll());
}

/** Imported records; with `from`, chunks holding no call created at or after it are not parsed at all. */
export async function teamCalls(callDb: CallDb, from?: number): Promise<CallRecord[]> {
  const data = await inTransaction(callDb.db, ['teamData'], 'readonly', 'read the team records', (tx) => tx.objectStore('teamData').getAll());
  return data.filter((chunk) => from === undefined || chunk.createdAt.some((at) => at >= from)).flatMap(parseCalls);
}
