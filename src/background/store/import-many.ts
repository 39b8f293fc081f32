/**
 * Merges calls from a file in one transaction, all or nothing (promises 21, 22). Same id and same
 * content is a no-op; same id and different content is a conflict reported to the caller and not
 * written; a new id is inserted. Nothing is ever overwritten here.
 */
import { CallRecord } from '../../shared/call-record';
import { canonicalJson } from './canonical-json';
import { inTransaction, observed } from './in-transaction';
import type { CallDb } from './open-call-db';
import { StoreError } from '../../shared/store-error';
import { fromStored, toStored } from './stored-call';

export interface ImportOptions {
  /** Stamped on inserted records that carry no source of their own, so a merge stays attributable. */
  source?: { file: string; importedAt: number };
}

export interface ImportConflict {
  id: string;
  /** What is stored now; null when the stored value is itself unreadable. */
  existing: CallRecord | null;
  incoming: CallRecord;
}

export interface ImportResult {
  inserted: number;
  unchanged: number;
  conflicts: ImportConflict[];
}

/** Where a record came from is not its content: the same file imported twice must change nothing. */
function contentOf(record: CallRecord): string {
  const { source: _source, ...content } = record;
  return canonicalJson(content);
}

/** undefined: nothing stored; null: stored but unreadable, which is a conflict, never overwritten. */
function readable(value: unknown): CallRecord | null | undefined {
  if (value === undefined) return undefined;
  const parsed = fromStored(value);
  return parsed.ok ? parsed.record : null;
}

export function parseImport(records: readonly unknown[], options: ImportOptions): CallRecord[] {
  return records.map((raw, i) => {
    const parsed = CallRecord.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue ? issue.path.join('.') || '(record)' : '(record)';
      throw new StoreError('invalid', `Import rejected, nothing was changed: record ${i + 1}, field ${field}: ${issue?.message ?? 'invalid'}.`);
    }
    const record = parsed.data;
    return options.source && !record.source ? { ...record, source: options.source } : record;
  });
}

export async function importMany(callDb: CallDb, records: readonly unknown[], options: ImportOptions = {}): Promise<ImportResult> {
  const incoming = parseImport(records, options);
  return inTransaction(callDb.db, ['calls'], 'readwrite', 'import calls', async (tx) => {
    const store = tx.objectStore('calls');
    const result: ImportResult = { inserted: 0, unchanged: 0, conflicts: [] };
    // Earlier records of this same file count as "existing" for later ones with the same id.
    const seen = new Map<string, CallRecord>();
    const stored = await Promise.all(incoming.map((record) => observed(store.get(record.id))));
    const writes: Promise<unknown>[] = [];
    incoming.forEach((record, i) => {
      const before = stored[i];
      const existing = seen.has(record.id) ? seen.get(record.id) : readable(before);
      if (existing === undefined) {
        seen.set(record.id, record);
        result.inserted += 1;
        writes.push(observed(store.add(toStored(record))));
      } else if (existing !== null && contentOf(existing) === contentOf(record)) {
        result.unchanged += 1;
      } else {
        result.conflicts.push({ id: record.id, existing, incoming: record });
      }
    });
    await Promise.all(writes);
    return result;
  });
}
