/**
 * Chunks cut from prepared text hold exactly what serialising their records would give, each chunk a span of
 * consecutive records in time, whatever records are left out and whatever the order of the files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../call-record';
import { callLogLine } from '../report/csv-line';
import { exportCallsJson } from '../report/json-export';
import { ANN, makeCall } from '../report/make-call';
import { toReportRow } from '../report/report-row';
import { parseCalls, parseRows } from '../team-store';
import { byTimeThenId, prepareExport, type PreparedExport } from './prepare-export';
import { settleBatch, type RecordRef } from './settle-batch';
import { TEAM_CHUNK, TEAM_CHUNK_CHARS, teamChunks, type TeamChunk } from './team-chunks';

const AT = 1_700_000_000_000;
const DAY = 86_400_000;

function prepare(fileName: string, calls: CallRecord[]): PreparedExport {
  const result = prepareExport(exportCallsJson(calls, ANN, 1), fileName, AT);
  if (!result.ok) throw new Error(result.error);
  return result.prepared;
}

/** Each chunk is what JSON.stringify and callLogLine make of its records, in its own order. */
function expectSelfConsistent(chunk: TeamChunk): CallRecord[] {
  const records = parseCalls(chunk.data);
  expect(chunk.data.calls).toBe(JSON.stringify(records));
  expect(chunk.index.rows).toBe(JSON.stringify(records.map(toReportRow)));
  expect(parseRows(chunk.index)).toEqual(records.map(toReportRow));
  expect(chunk.data.csv).toEqual(records.map(callLogLine));
  expect(chunk.index.ids).toEqual(records.map((r) => r.id));
  expect(chunk.data.createdAt).toEqual(records.map((r) => r.createdAt));
  expect([chunk.index.first, chunk.index.last]).toEqual([Math.min(...chunk.data.createdAt), Math.max(...chunk.data.createdAt)]);
  expect(chunk.index.key).toBe(chunk.data.key);
  return records;
}

const arbFiles = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), { minLength: 1, maxLength: 4 });

describe('teamChunks', () => {
  it('cuts fresh records into spans of time, with the stored text of exactly those records', () => {
    fc.assert(
      fc.property(arbFiles, fc.integer({ min: 1, max: 5 }), fc.nat(), (days, size, drop) => {
        let n = 0;
        const files = days.map((file, f) => prepare(`f${f}.json`, file.map((day) => makeCall({ n: ++n, rep: ANN, createdAt: AT + day * DAY }))));
        // Some records are left out, as when they are already stored: runs in the prepared text break there.
        const fresh = settleBatch(files, AT).candidates.filter((_, i) => (i + drop) % 3 !== 0);
        const chunks = teamChunks(files, fresh, 7, { records: size, chars: Infinity });
        expect(chunks.map((c) => c.index.key)).toEqual(chunks.map((_, i) => 7 + i));
        const inTime = [...fresh].sort(byTimeThenId);
        chunks.forEach((chunk, i) => {
          const records = expectSelfConsistent(chunk);
          const span = inTime.slice(i * size, (i + 1) * size);
          expect(records.map((r) => r.id).sort()).toEqual(span.map((r) => r.id).sort());
          // Inside a chunk: grouped by file name, by time within each file.
          const order = records.map((r) => [r.source?.file ?? '', r.createdAt, r.id] as const);
          expect(order).toEqual([...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || (a[2] < b[2] ? -1 : 1))));
        });
        expect(chunks.reduce((sum, c) => sum + c.index.ids.length, 0)).toBe(fresh.length);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order the files were picked in', () => {
    // Interleaved in time, so every chunk draws from both files.
    const a = prepare('a.json', [1, 2, 3].map((n) => makeCall({ n, createdAt: AT + 2 * n })));
    const b = prepare('b.json', [4, 5].map((n) => makeCall({ n, createdAt: AT + 2 * (n - 3) + 1 })));
    const chunksOf = (files: PreparedExport[]) => teamChunks(files, settleBatch(files, AT).candidates, 1, { records: 3, chars: Infinity });
    expect(chunksOf([b, a])).toEqual(chunksOf([a, b]));
  });

  it('cuts chunks by size by default: at most TEAM_CHUNK records and TEAM_CHUNK_CHARS of JSON and CSV, as few as fit', () => {
    const calls = Array.from({ length: TEAM_CHUNK + 700 }, (_, i) => makeCall({ n: i + 1, createdAt: AT + i }));
    const files = [prepare('a.json', calls)];
    const chunks = teamChunks(files, settleBatch(files, AT).candidates as RecordRef[], 1);
    const chars = (c: TeamChunk) => c.data.calls.length - 2 - (c.index.ids.length - 1) + c.data.csv.reduce((sum, line) => sum + line.length, 0);
    expect(chunks.flatMap((c) => expectSelfConsistent(c).map((r) => r.id))).toEqual(calls.map((c) => c.id));
    for (const [i, c] of chunks.entries()) {
      expect(c.index.ids.length).toBeLessThanOrEqual(TEAM_CHUNK);
      expect(chars(c)).toBeLessThanOrEqual(TEAM_CHUNK_CHARS);
      // Greedy: the next chunk's first record would not have fitted.
      const next = chunks[i + 1];
      if (next) expect(chars(c) + parseCalls(next.data).slice(0, 1).map((r) => JSON.stringify(r).length + callLogLine(r).length)[0]!).toBeGreaterThan(TEAM_CHUNK_CHARS);
    }
    expect(chunks.length).toBeGreaterThan(1);
    // Records small enough that the count limit cuts first.
    const tiny = prepare('t.json', calls.slice(0, TEAM_CHUNK + 1));
    expect(teamChunks([tiny], settleBatch([tiny], AT).candidates, 1, { records: TEAM_CHUNK, chars: Infinity }).map((c) => c.index.ids.length)).toEqual([TEAM_CHUNK, 1]);
  });

  it('gives a record larger than the size limit a chunk of its own', () => {
    const files = [prepare('a.json', [1, 2, 3].map((n) => makeCall({ n, createdAt: AT + n })))];
    const chunks = teamChunks(files, settleBatch(files, AT).candidates, 1, { records: 10, chars: 10 });
    expect(chunks.map((c) => c.index.ids.length)).toEqual([1, 1, 1]);
  });
});
