import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallRecord, Rep } from '../call-record';
import { arbCallRecordFromIdPool } from './arbitraries';
import { deepEqual, sameCallContent } from './deep-equal';
import type { CallsExport } from './json-export';
import { ANN, BOB, makeCall, testId } from './make-call';
import { EXISTING_FILE, mergeExports, type MergeInput } from './merge-team';

const AT = 1_700_000_000_000;
const exportOf = (calls: CallRecord[], rep: Rep = ANN): CallsExport => ({ format: 'precall.calls', version: 1, exportedAt: 0, rep, calls });
const input = (fileName: string, calls: CallRecord[]): MergeInput => ({ fileName, file: exportOf(calls) });
const from = (call: CallRecord, file: string): CallRecord => ({ ...call, source: { file, importedAt: AT } });

describe('mergeExports on hand-built files', () => {
  const c1 = makeCall({ n: 1 });
  const c2 = makeCall({ n: 2, rep: { ...BOB } });
  const c1b = { ...c1, stage: 'stalled' as const };

  it('adds disjoint records, each keeping its own rep and getting its file as source', () => {
    const result = mergeExports([input('b.json', [c2]), input('a.json', [c1])], [], AT);
    expect(result).toStrictEqual({ calls: [from(c1, 'a.json'), from(c2, 'b.json')], conflicts: [], added: 2, unchanged: 0 });
    expect(result.calls.map((c) => c.rep)).toEqual([ANN, BOB]);
  });

  it('keeps one record for the same id with the same content, from the first file by name', () => {
    const result = mergeExports([input('b.json', [c1]), input('a.json', [{ ...c1, source: { file: 'old', importedAt: 1 } }])], [], AT);
    expect(result).toStrictEqual({ calls: [from(c1, 'a.json')], conflicts: [], added: 1, unchanged: 1 });
  });

  it('flags the same id with different content and never overwrites', () => {
    const result = mergeExports([input('b.json', [c1b]), input('a.json', [c1])], [], AT);
    expect(result.calls).toStrictEqual([from(c1, 'a.json')]);
    expect(result.conflicts).toStrictEqual([{ id: c1.id, a: { record: from(c1, 'a.json'), file: 'a.json' }, b: { record: from(c1b, 'b.json'), file: 'b.json' } }]);
    expect([result.added, result.unchanged]).toEqual([1, 0]);
  });

  it('keeps an existing record: same content is unchanged, different content is a conflict against it', () => {
    const stored = from(c1, 'earlier.json');
    expect(mergeExports([input('a.json', [c1])], [stored], AT)).toStrictEqual({ calls: [stored], conflicts: [], added: 0, unchanged: 1 });
    const result = mergeExports([input('a.json', [c1b])], [c1], AT);
    expect(result.calls).toStrictEqual([c1]);
    expect(result.conflicts).toStrictEqual([{ id: c1.id, a: { record: c1, file: EXISTING_FILE }, b: { record: from(c1b, 'a.json'), file: 'a.json' } }]);
  });

  it('merges 10 files × 10,000 calls with overlaps (correctness only; timing lives in bench/)', () => {
    // File k holds ids 5000k .. 5000k+9999, so neighbours share 5,000 ids; every 1,000th shared id differs in content.
    const files: MergeInput[] = [];
    for (let k = 0; k < 10; k++) {
      const calls: CallRecord[] = [];
      for (let n = 5000 * k; n < 5000 * k + 10_000; n++) {
        const changed = k > 0 && n < 5000 * k + 5000 && n % 1000 === 0;
        calls.push(makeCall({ n, rep: Math.floor(n / 5000) % 2 === 0 ? { ...ANN } : { ...BOB }, stage: changed ? 'stalled' : 'discovery' }));
      }
      files.push(input(`rep-${k}.json`, calls));
    }
    const result = mergeExports([...files].reverse(), [], AT);
    expect(result.calls).toHaveLength(55_000);
    expect(result.conflicts).toHaveLength(45); // 9 overlaps × 5 changed ids
    expect(result.added).toBe(55_000);
    expect(result.unchanged).toBe(100_000 - 55_000 - 45);
    expect(result.calls.every((c, i) => c.id === testId(i))).toBe(true);
    expect(result.calls[5000]?.source?.file).toBe('rep-0.json'); // shared by rep-0 and rep-1: rep-0 sorts first
    expect(result.conflicts[0]).toMatchObject({ id: testId(5000), a: { file: 'rep-0.json' }, b: { file: 'rep-1.json' } });
  });
});

/** Files drawn from one pool of records with ids from a pool of 4: equal and conflicting copies are common. */
const IDS = [1, 2, 3, 4].map(testId);
const FILE_NAMES = ['a.json', 'b.json', 'c.json'];
const arbScenario = fc.array(arbCallRecordFromIdPool(IDS), { minLength: 1, maxLength: 6 }).chain((pool) =>
  fc.record({
    files: fc.array(fc.record({ fileName: fc.constantFrom(...FILE_NAMES), calls: fc.subarray(pool) }), { minLength: 1, maxLength: 4 })
      .map((list) => list.map(({ fileName, calls }) => input(fileName, calls))),
    existing: fc.subarray(pool).map((calls) => calls.filter((c, i) => calls.findIndex((d) => d.id === c.id) === i)),
  }),
);
const RUNS = { numRuns: 1_000 };

describe('mergeExports properties (1,000 runs each: each run merges up to 4 files)', () => {
  it('is independent of file order: merge(A,B) = merge(B,A), conflicts included', () => {
    fc.assert(
      fc.property(arbScenario.chain((s) => fc.shuffledSubarray(s.files, { minLength: s.files.length }).map((shuffled) => ({ ...s, shuffled }))), ({ files, existing, shuffled }) => {
        expect(mergeExports(shuffled, existing, AT)).toStrictEqual(mergeExports(files, existing, AT));
        expect(mergeExports([...files].reverse(), existing, AT)).toStrictEqual(mergeExports(files, existing, AT));
      }),
      RUNS,
    );
  });

  it('importing the same files twice equals once, in one merge or in two', () => {
    fc.assert(
      fc.property(arbScenario, ({ files, existing }) => {
        const once = mergeExports(files, existing, AT);
        const twiceAtOnce = mergeExports([...files, ...files], existing, AT);
        expect([twiceAtOnce.calls, twiceAtOnce.conflicts, twiceAtOnce.added]).toStrictEqual([once.calls, once.conflicts, once.added]);
        const again = mergeExports(files, once.calls, AT + 1);
        expect([again.calls, again.added]).toStrictEqual([once.calls, 0]);
      }),
      RUNS,
    );
  });

  it('merge(A, A) = A: a file merged into its own records changes nothing', () => {
    fc.assert(
      fc.property(arbScenario, ({ existing }) => {
        const result = mergeExports([input('a.json', existing)], existing, AT);
        expect(result).toStrictEqual({ calls: [...existing].sort((x, y) => (x.id < y.id ? -1 : 1)), conflicts: [], added: 0, unchanged: existing.length });
      }),
      RUNS,
    );
  });

  it('every record keeps its rep and source; every differing copy is kept or flagged, never lost', () => {
    fc.assert(
      fc.property(arbScenario, ({ files, existing }) => {
        const result = mergeExports(files, existing, AT);
        for (const call of result.calls) {
          const stored = existing.find((e) => e.id === call.id);
          if (stored !== undefined) expect(call).toBe(stored);
          else {
            const file = files.find((f) => f.fileName === call.source?.file && f.file.calls.some((c) => c.id === call.id && sameCallContent(c, call)));
            expect(file).toBeDefined();
            expect(call.source?.importedAt).toBe(AT);
          }
        }
        for (const { fileName, file } of files) {
          for (const call of file.calls) {
            const kept = result.calls.find((c) => c.id === call.id);
            expect(kept?.rep).toBeDefined();
            if (kept !== undefined && sameCallContent(kept, call)) continue;
            const flagged = result.conflicts.some((x) => x.id === call.id && x.b.file === fileName && sameCallContent(x.b.record, call) && deepEqual(x.a.record, kept));
            expect(flagged).toBe(true);
          }
        }
        for (const conflict of result.conflicts) expect(sameCallContent(conflict.a.record, conflict.b.record)).toBe(false);
      }),
      RUNS,
    );
  });
});
