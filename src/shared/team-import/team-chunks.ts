/**
 * The chunk values (shared/team-store.ts) for the records an import adds, cut from their prepared text: the same
 * values as JSON.stringify of the records and of their rows, and the records' CSV lines, without parsing or
 * serialising anything again (team-chunks.test.ts checks that equality).
 *
 * Chunks hold consecutive records in time (mayOverlap then lets a dashboard range read few of them). Inside a chunk
 * the records are grouped by file (in file-name order, so the pick order changes nothing) and by time within each:
 * a file's records are sorted in its prepared text, so each group is usually one slice of it rather than
 * hundreds of records joined one by one, which made joining the text the slowest step of writing 100,000 records.
 */
import type { TeamDataValue, TeamIndexValue } from '../team-store';
import { jsonArray, stringAt, type PackedStrings } from './packed';
import { byTimeThenId, type PreparedExport } from './prepare-export';
import type { RecordRef } from './settle-batch';

/**
 * How big a chunk may grow: at most TEAM_CHUNK records, and at most TEAM_CHUNK_CHARS characters of record JSON and
 * CSV lines (its teamData value), about 300 typical calls. Why that small: Chromium compresses an IndexedDB value of
 * 64 KiB or more and writes it to a file of its own when it is still over 64 KiB compressed (kIDBWrapThreshold).
 * Values that stay under that once compressed are written in place, which made writing 100,000 imported calls about
 * a quarter faster (no blob file per value to create and flush at commit) and left the dashboard's and exports'
 * reads as fast as with chunks of 2,000.
 */
export const TEAM_CHUNK = 2000;
export const TEAM_CHUNK_CHARS = 256 * 1024;

export interface TeamChunk {
  index: TeamIndexValue;
  data: TeamDataValue;
}

/** Maximal runs of neighbouring records of one file, in the order given. */
function runs(refs: readonly RecordRef[]): { file: number; from: number; to: number }[] {
  const found: { file: number; from: number; to: number }[] = [];
  for (const ref of refs) {
    const last = found[found.length - 1];
    if (last !== undefined && last.file === ref.file && last.to === ref.index) last.to += 1;
    else found.push({ file: ref.file, from: ref.index, to: ref.index + 1 });
  }
  return found;
}

function joined(files: readonly PreparedExport[], refs: readonly RecordRef[], pick: (file: PreparedExport) => PackedStrings): string {
  return jsonArray(runs(refs).map(({ file, from, to }) => ({ packed: pick(files[file] as PreparedExport), from, to })));
}

/** `inTime` is a span of records sorted by time; `rank` orders files by name. */
function chunk(files: readonly PreparedExport[], key: number, inTime: readonly RecordRef[], rank: readonly number[]): TeamChunk {
  const first = inTime[0]?.createdAt ?? 0;
  const last = inTime[inTime.length - 1]?.createdAt ?? 0;
  // Grouped by file in name order; each group stays in time order, which is its order in the file.
  const groups: RecordRef[][] = files.map(() => []);
  for (const ref of inTime) groups[rank[ref.file] as number]?.push(ref);
  const refs = groups.flat();
  return {
    index: { key, ids: refs.map((ref) => ref.id), rows: joined(files, refs, (file) => file.rows), first, last },
    data: {
      key,
      calls: joined(files, refs, (file) => file.calls),
      createdAt: refs.map((ref) => ref.createdAt),
      csv: refs.map((ref) => stringAt((files[ref.file] as PreparedExport).csv, ref.index)),
    },
  };
}

/**
 * `fresh` in time order. Each file's records are already in that order in the file, so this merges the files' lists
 * (a few comparisons per record) instead of sorting 100,000 records again.
 */
function inTimeOrder(files: readonly PreparedExport[], fresh: readonly RecordRef[]): RecordRef[] {
  const lists: RecordRef[][] = files.map(() => []);
  for (const ref of fresh) lists[ref.file]?.push(ref);
  // Usually in order already, which the sort only confirms.
  for (const list of lists) list.sort((a, b) => a.index - b.index);
  const next = lists.map(() => 0);
  const merged: RecordRef[] = [];
  while (merged.length < fresh.length) {
    let best: RecordRef | undefined;
    let from = -1;
    for (let f = 0; f < lists.length; f++) {
      const head = (lists[f] as RecordRef[])[next[f] as number];
      if (head !== undefined && (best === undefined || byTimeThenId(head, best) < 0)) {
        best = head;
        from = f;
      }
    }
    merged.push(best as RecordRef);
    next[from] = (next[from] as number) + 1;
  }
  return merged;
}

function stringLength(packed: PackedStrings, i: number): number {
  return (packed.ends[i] as number) - (i === 0 ? 0 : (packed.ends[i - 1] as number) + 1);
}

/** Cuts records in time order into spans within the limits above (a single record over them is a span of its own). */
function spans(files: readonly PreparedExport[], inTime: readonly RecordRef[], limits: ChunkLimits): RecordRef[][] {
  const cut: RecordRef[][] = [];
  let span: RecordRef[] = [];
  let chars = 0;
  for (const ref of inTime) {
    const file = files[ref.file] as PreparedExport;
    const size = stringLength(file.calls, ref.index) + stringLength(file.csv, ref.index);
    if (span.length > 0 && (span.length >= limits.records || chars + size > limits.chars)) {
      cut.push(span);
      span = [];
      chars = 0;
    }
    span.push(ref);
    chars += size;
  }
  if (span.length > 0) cut.push(span);
  return cut;
}

export interface ChunkLimits {
  records: number;
  chars: number;
}

/** The chunks holding `fresh`, keyed from `firstKey` on; `limits` is for tests. */
export function teamChunks(
  files: readonly PreparedExport[],
  fresh: readonly RecordRef[],
  firstKey: number,
  limits: ChunkLimits = { records: TEAM_CHUNK, chars: TEAM_CHUNK_CHARS },
): TeamChunk[] {
  const byName = files.map((_, i) => i).sort((a, b) => ((files[a] as PreparedExport).fileName < (files[b] as PreparedExport).fileName ? -1 : 1));
  const rank: number[] = [];
  byName.forEach((file, position) => (rank[file] = position));
  return spans(files, inTimeOrder(files, fresh), limits).map((span, i) => chunk(files, firstKey + i, span, rank));
}
