/**
 * One save: validate, then in ONE strict-durability transaction read the stored version, refuse to go
 * back in time, and replace. The draft id is the idempotency key, so a retried save replaces the call
 * it already wrote instead of adding a second one (promise 4).
 */
import { CallRecord } from '../../shared/call-record';
import { keepNotified } from './follow-up-changes';
import { assertWritable, inTransaction } from './in-transaction';
import type { CallDb } from './open-call-db';
import type { OnCorrupt } from './quarantine-calls';
import { StoreError } from '../../shared/store-error';
import { fromStored, toStored } from './stored-call';

function parseForSave(input: unknown): CallRecord {
  const parsed = CallRecord.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : 'invalid record';
  throw new StoreError('invalid', `The call was not saved (${where}). Your draft is kept.`);
}

function staleError(stored: CallRecord, incoming: CallRecord): StoreError {
  return new StoreError(
    'stale',
    `This call was changed elsewhere (${new Date(stored.updatedAt).toISOString()}) after the version being saved ` +
      `(${new Date(incoming.updatedAt).toISOString()}). Nothing was saved; reload the call and apply your changes again.`,
  );
}

/** Resolves with what was stored, only after the transaction committed. */
export async function saveCall(callDb: CallDb, input: unknown, onCorrupt: OnCorrupt, at: number): Promise<CallRecord> {
  const record = parseForSave(input);
  assertWritable(callDb);
  const saved = await inTransaction(callDb.db, ['calls', 'quarantine'], 'readwrite', 'save the call', async (tx) => {
    const calls = tx.objectStore('calls');
    const before: unknown = await calls.get(record.id);
    const old = before === undefined ? undefined : fromStored(before);
    // A damaged stored version is kept in quarantine before the new one replaces it, never dropped.
    if (old && !old.ok) await tx.objectStore('quarantine').add({ originalKey: record.id, value: before, issues: old.issues, at });
    const existing = old?.ok ? old.record : undefined;
    if (existing && existing.updatedAt > record.updatedAt) throw staleError(existing, record);
    const next = keepNotified(record, existing);
    await calls.put(toStored(next));
    return { next, damaged: old && !old.ok ? old.issues : null };
  });
  if (saved.damaged !== null) onCorrupt({ corrupt: [{ key: record.id, issues: saved.damaged }], quarantined: true });
  return saved.next;
}
