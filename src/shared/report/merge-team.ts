/**
 * Merging reps' exports into one team view (promise 22). Records merge by id. Identical content (ignoring
 * `source`) is one record; different content under one id is a conflict: listed, and never resolved by
 * overwriting. The outcome depends only on the set of (fileName, record) pairs, not on input order:
 * existing records win, then among files the smallest fileName, then the smallest canonical JSON.
 */
import type { CallRecord } from '../call-record';
import { canonicalJson, sameCallContent } from './deep-equal';
import type { CallsExport } from './json-export';

/** Stands in for a file name when the kept side of a conflict was already in the store. */
export const EXISTING_FILE = '(existing)';

export interface MergeInput {
  fileName: string;
  /** Only the calls are read; a team import passes just the records whose id is repeated in the batch. */
  file: Pick<CallsExport, 'calls'>;
}

export interface MergeConflict {
  id: string;
  /** The record that was kept. */
  a: { record: CallRecord; file: string };
  /** A record with the same id and different content, left out of `calls`. */
  b: { record: CallRecord; file: string };
}

export interface MergeResult {
  /** Existing and newly added records, sorted by id. */
  calls: CallRecord[];
  conflicts: MergeConflict[];
  /** Records new to the store. */
  added: number;
  /** Incoming records whose content was already kept (in the store or from another file). */
  unchanged: number;
}

interface Candidate {
  record: CallRecord;
  file: string;
  /** Computed only for ids that appear more than once, where it breaks ties. */
  canonical?: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function canonicalOf(c: Candidate): string {
  if (c.canonical === undefined) {
    const { source: _ignored, ...content } = c.record;
    c.canonical = canonicalJson(content);
  }
  return c.canonical;
}

function groupIncoming(files: readonly MergeInput[], importedAt: number): Map<string, Candidate[]> {
  const byId = new Map<string, Candidate[]>();
  for (const { fileName, file } of files) {
    for (const call of file.calls) {
      // The record keeps its own rep; source says which file brought it in, replacing any older source.
      const record: CallRecord = { ...call, source: { file: fileName, importedAt } };
      const group = byId.get(call.id);
      if (group === undefined) byId.set(call.id, [{ record, file: fileName }]);
      else group.push({ record, file: fileName });
    }
  }
  return byId;
}

/** Folds one id's candidates into the kept record, counting duplicates and listing conflicts. */
function settle(kept: Candidate, incoming: Candidate[], result: MergeResult, wasExisting: boolean): void {
  if (!wasExisting) result.added++;
  const seenConflicts = new Set<string>();
  for (const c of incoming) {
    if (sameCallContent(c.record, kept.record)) {
      result.unchanged++;
      continue;
    }
    // The same differing record from the same file (a file imported twice) is one conflict, not two.
    const key = `${c.file}\u0000${canonicalOf(c)}`;
    if (seenConflicts.has(key)) continue;
    seenConflicts.add(key);
    result.conflicts.push({ id: kept.record.id, a: { record: kept.record, file: kept.file }, b: { record: c.record, file: c.file } });
  }
}

/**
 * `existing` is the store's content, unique by id (the store is keyed by id). `importedAt` is passed in,
 * not read from a clock, so the same inputs always give the same result.
 */
export function mergeExports(files: readonly MergeInput[], existing: readonly CallRecord[], importedAt: number): MergeResult {
  const result: MergeResult = { calls: [], conflicts: [], added: 0, unchanged: 0 };
  const byId = groupIncoming(files, importedAt);
  for (const record of existing) {
    const incoming = byId.get(record.id) ?? [];
    byId.delete(record.id);
    incoming.sort((x, y) => compare(x.file, y.file) || compare(canonicalOf(x), canonicalOf(y)));
    settle({ record, file: record.source?.file ?? EXISTING_FILE }, incoming, result, true);
    result.calls.push(record);
  }
  for (const group of byId.values()) {
    if (group.length === 1) {
      // Nearly every id of a team batch: nothing to settle, and 100,000 calls make the allocations in settle count.
      result.added++;
      result.calls.push((group[0] as Candidate).record);
      continue;
    }
    if (group.length > 1) group.sort((x, y) => compare(x.file, y.file) || compare(canonicalOf(x), canonicalOf(y)));
    const [kept, ...rest] = group as [Candidate, ...Candidate[]];
    settle(kept, rest, result, false);
    result.calls.push(kept.record);
  }
  result.calls.sort((x, y) => compare(x.id, y.id));
  // Conflicts are rare; canonical JSON here only breaks ties between two conflicts from one file.
  result.conflicts.sort(
    (x, y) => compare(x.id, y.id) || compare(x.b.file, y.b.file) || compare(canonicalJson(x.b.record), canonicalJson(y.b.record)),
  );
  return result;
}
