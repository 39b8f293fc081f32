/**
 * Settling ids repeated in a batch gives what merging the whole files gives (mergeExports, promise 22): the same
 * kept records, conflicts and count of unchanged ones, whatever the order of the files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../call-record';
import { arbCallRecordFromIdPool } from '../report/arbitraries';
import { exportCallsJson, parseCallsExport } from '../report/json-export';
import { ANN, BOB, makeCall, testId } from '../report/make-call';
import { mergeExports } from '../report/merge-team';
import { prepareExport, type PreparedExport } from './prepare-export';
import { recordAt, settleBatch } from './settle-batch';

const AT = 1_700_000_000_000;

function prepare(fileName: string, calls: CallRecord[]): PreparedExport {
  const result = prepareExport(exportCallsJson(calls, ANN, 1), fileName, AT);
  if (!result.ok) throw new Error(result.error);
  return result.prepared;
}

const byId = (a: CallRecord, b: CallRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function settled(files: PreparedExport[]) {
  const batch = settleBatch(files, AT);
  return { kept: batch.candidates.map((ref) => recordAt(files, ref)).sort(byId), conflicts: batch.conflicts, unchanged: batch.unchanged };
}

describe('settleBatch', () => {
  const c1 = makeCall({ n: 1 });
  const c2 = makeCall({ n: 2, rep: { ...BOB } });

  it('takes ids seen once as they are, without a conflict', () => {
    const files = [prepare('a.json', [c1]), prepare('b.json', [c2])];
    const batch = settleBatch(files, AT);
    expect(batch.candidates.map((ref) => [files[ref.file]?.fileName, ref.id])).toEqual([['a.json', c1.id], ['b.json', c2.id]]);
    expect([batch.conflicts, batch.unchanged]).toEqual([[], 0]);
  });

  it('keeps one record for a repeated id: identical ones are unchanged, a differing one is a conflict, the first file by name wins', () => {
    const changed = { ...c1, stage: 'stalled' as const };
    const result = settled([prepare('c.json', [changed]), prepare('b.json', [c1]), prepare('a.json', [c1])]);
    expect(result.kept.map((c) => c.source?.file)).toEqual(['a.json']);
    expect(result.unchanged).toBe(1);
    expect(result.conflicts.map((c) => [c.a.file, c.b.file])).toEqual([['a.json', 'c.json']]);
  });

  it('counts a record repeated inside one file once', () => {
    const result = settled([prepare('a.json', [c1, c1, c2])]);
    expect(result.kept.map((c) => c.id)).toEqual([c1.id, c2.id].sort());
    expect(result.unchanged).toBe(1);
  });

  it('equals mergeExports on the whole files, in any file order', () => {
    const pool = [1, 2, 3, 4].map(testId);
    const arbFile = fc.array(arbCallRecordFromIdPool(pool), { maxLength: 5 });
    const arbFiles = fc.array(arbFile, { minLength: 1, maxLength: 4 }).chain((generated) =>
      fc.tuple(fc.constant(generated), fc.shuffledSubarray([...generated.keys()], { minLength: generated.length, maxLength: generated.length })),
    );
    fc.assert(
      fc.property(arbFiles, ([generated, order]) => {
        // A file may not hold one id with two contents (parseCallsExport refuses it); keep its first version.
        const files = generated.map((calls, i) => ({ fileName: `f${i}.json`, calls: [...new Map([...calls].reverse().map((c) => [c.id, c])).values()] }));
        const inputs = files.map(({ fileName, calls }) => {
          const parsed = parseCallsExport(exportCallsJson(calls, ANN, 1), fileName);
          if (!parsed.ok) throw new Error(parsed.error);
          return { fileName, file: parsed.file };
        });
        const expected = mergeExports(inputs, [], AT);
        const result = settled(order.map((i) => files[i]!).map(({ fileName, calls }) => prepare(fileName, calls)));
        expect(result.kept).toEqual([...expected.calls].sort(byId));
        expect(result.conflicts).toEqual(expected.conflicts);
        expect(result.unchanged).toBe(expected.unchanged);
      }),
      { numRuns: 200 },
    );
  });
});
