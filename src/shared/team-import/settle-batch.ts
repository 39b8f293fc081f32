/**
 * Settles ids repeated within one import batch (promise 22), before the store is asked: one candidate per id, the
 * records repeated with the same content counted as unchanged, and those with different content listed as conflicts.
 * Nearly every id of a batch appears once and is taken as it is, never parsed again. The few repeated ones are parsed
 * from their prepared JSON and settled by mergeExports, so the kept record and the conflicts are exactly what
 * merging the whole files would give: smallest file name first, then smallest canonical JSON, whatever the order.
 */
import type { CallRecord } from '../call-record';
import { mergeExports, type MergeConflict, type MergeInput } from '../report/merge-team';
import { stringAt } from './packed';
import type { PreparedExport } from './prepare-export';

/** One prepared record: which file, where in it, and what sorting and merging need without parsing it. */
export interface RecordRef {
  file: number;
  index: number;
  id: string;
  createdAt: number;
}

export interface SettledBatch {
  /** One per id in the batch, to be settled against the store. */
  candidates: RecordRef[];
  conflicts: MergeConflict[];
  /** Records repeated in the batch with the same content as the candidate. */
  unchanged: number;
}

/** The record as it would be stored: with `source` naming its file. */
export function recordAt(files: readonly PreparedExport[], ref: RecordRef): CallRecord {
  return JSON.parse(stringAt((files[ref.file] as PreparedExport).calls, ref.index)) as CallRecord;
}

/**
 * Ids seen so far, file by file. A file is added as soon as it is prepared, while the others still are, so little
 * is left to do once the last one arrives.
 */
export class BatchIds {
  readonly first = new Map<string, RecordRef>();
  readonly repeated = new Map<string, RecordRef[]>();
  private readonly added = new Set<number>();

  /** Adds file number `f` once; adding it again changes nothing. */
  add(f: number, file: PreparedExport): void {
    if (this.added.has(f)) return;
    this.added.add(f);
    for (let index = 0; index < file.count; index++) {
      const ref: RecordRef = { file: f, index, id: stringAt(file.ids, index), createdAt: file.createdAt[index] as number };
      const seen = this.first.get(ref.id);
      if (seen === undefined) this.first.set(ref.id, ref);
      else {
        const group = this.repeated.get(ref.id);
        if (group === undefined) this.repeated.set(ref.id, [seen, ref]);
        else group.push(ref);
      }
    }
  }
}

/**
 * `importedAt` must be the time the files were prepared with, so a merged record's `source` equals its prepared one.
 * `ids` may already hold some of the files (by their index in `files`); the others are added here.
 */
export function settleBatch(files: readonly PreparedExport[], importedAt: number, ids = new BatchIds()): SettledBatch {
  files.forEach((file, f) => ids.add(f, file));
  const { first, repeated } = ids;
  if (repeated.size === 0) return { candidates: [...first.values()], conflicts: [], unchanged: 0 };
  const candidates = [...first.values()].filter((ref) => !repeated.has(ref.id));
  const inputs: MergeInput[] = files.map((file) => ({ fileName: file.fileName, file: { calls: [] } }));
  for (const group of repeated.values()) for (const ref of group) (inputs[ref.file]?.file.calls as CallRecord[]).push(recordAt(files, ref));
  const merged = mergeExports(inputs, [], importedAt);
  for (const kept of merged.calls) {
    // File names are unique in a batch, and one file holds one content per id, so the file finds the kept record.
    const group = repeated.get(kept.id) ?? [];
    const ref = group.find((r) => files[r.file]?.fileName === kept.source?.file);
    if (ref === undefined) throw new Error(`The import lost track of record ${kept.id}; nothing was imported.`);
    candidates.push(ref);
  }
  return { candidates, conflicts: merged.conflicts, unchanged: merged.unchanged };
}
