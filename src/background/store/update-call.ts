/**
 * Read, decide and write one call inside one transaction: the decision sees the value the write
 * replaces, so two workers or tabs racing on the same call cannot both win (exactly-once reminders).
 */
import type { CallRecord } from '../../shared/call-record';
import { assertWritable, inTransaction } from './in-transaction';
import type { CallDb } from './open-call-db';
import type { OnCorrupt } from './quarantine-calls';
import { StoreError } from '../../shared/store-error';
import { fromStored, toStored } from './stored-call';

type Outcome = { kind: 'changed' } | { kind: 'unchanged' } | { kind: 'corrupt'; issues: string };

/** Resolves true when `change` produced a new record and it committed; false when it returned null. */
export async function updateCall(
  callDb: CallDb,
  id: string,
  doing: string,
  change: (record: CallRecord) => CallRecord | null,
  onCorrupt: OnCorrupt,
  at: number,
): Promise<boolean> {
  assertWritable(callDb);
  const outcome = await inTransaction(callDb.db, ['calls', 'quarantine'], 'readwrite', doing, async (tx): Promise<Outcome> => {
    const calls = tx.objectStore('calls');
    const value: unknown = await calls.get(id);
    if (value === undefined) throw new StoreError('invalid', `There is no call with id ${id}, so Precall could not ${doing}.`);
    const parsed = fromStored(value);
    if (!parsed.ok) {
      // Move it aside in this same transaction; throwing here would abort the move too.
      await tx.objectStore('quarantine').add({ originalKey: id, value, issues: parsed.issues, at });
      await calls.delete(id);
      return { kind: 'corrupt', issues: parsed.issues };
    }
    const next = change(parsed.record);
    if (next === null) return { kind: 'unchanged' };
    await calls.put(toStored(next));
    return { kind: 'changed' };
  });
  if (outcome.kind === 'corrupt') {
    onCorrupt({ corrupt: [{ key: id, issues: outcome.issues }], quarantined: true });
    throw new StoreError('corrupt', `Call ${id} was unreadable (${outcome.issues}); it has been quarantined, not changed.`);
  }
  return outcome.kind === 'changed';
}
