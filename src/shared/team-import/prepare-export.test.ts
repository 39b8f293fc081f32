/**
 * A prepared export holds, per record and sorted by time, exactly the text the team store keeps: the record's JSON
 * with `source` (as JSON.stringify({ ...call, source }) writes it), its row's JSON and its CSV line. A bad file is
 * refused with the same message parseCallsExport gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../call-record';
import { arbCallRecord } from '../report/arbitraries';
import { callLogLine } from '../report/csv-line';
import { exportCallsJson, parseCallsExport } from '../report/json-export';
import { ANN, makeCall } from '../report/make-call';
import { toReportRow } from '../report/report-row';
import { jsonArray, stringAt } from './packed';
import { byTimeThenId, prepareExport, type PreparedExport } from './prepare-export';

const AT = 1_700_000_000_000;

function prepared(calls: CallRecord[], fileName = 'ann.json'): PreparedExport {
  const result = prepareExport(exportCallsJson(calls, ANN, 1), fileName, AT);
  if (!result.ok) throw new Error(result.error);
  return result.prepared;
}

function items(p: PreparedExport, field: 'ids' | 'calls' | 'rows' | 'csv'): string[] {
  return Array.from({ length: p.count }, (_, i) => stringAt(p[field], i));
}

describe('prepareExport', () => {
  it('derives every stored text from the records, sorted by createdAt then id', () => {
    fc.assert(
      fc.property(fc.array(arbCallRecord, { maxLength: 12 }), (generated) => {
        // Ids unique and without a conflicting duplicate, as parseCallsExport requires.
        const calls = [...new Map(generated.map((c) => [c.id, c])).values()];
        const p = prepared(calls);
        const sorted = [...calls].sort(byTimeThenId);
        const source = { file: 'ann.json', importedAt: AT };
        expect(p.count).toBe(calls.length);
        expect(items(p, 'ids')).toEqual(sorted.map((c) => c.id));
        expect([...p.createdAt]).toEqual(sorted.map((c) => c.createdAt));
        expect(items(p, 'calls')).toEqual(sorted.map((c) => JSON.stringify({ ...c, source })));
        expect(items(p, 'rows')).toEqual(sorted.map((c) => JSON.stringify(toReportRow(c))));
        expect(items(p, 'csv')).toEqual(sorted.map(callLogLine));
        if (p.count > 0) expect(jsonArray([{ packed: p.calls, from: 0, to: p.count }])).toBe(JSON.stringify(sorted.map((c) => ({ ...c, source }))));
      }),
      { numRuns: 150 },
    );
  });

  it('replaces a source the record already had, where that key stood', () => {
    const call = makeCall({ n: 1, source: { file: 'older.json', importedAt: 3 } });
    const p = prepared([call], 'new.json');
    expect(stringAt(p.calls, 0)).toBe(JSON.stringify({ ...call, source: { file: 'new.json', importedAt: AT } }));
  });

  it('joins runs of neighbours, from one file or several, into one JSON array of those records', () => {
    const calls = [1, 2, 3, 4].map((n) => makeCall({ n, createdAt: AT + n }));
    const p = prepared(calls);
    const q = prepared([makeCall({ n: 9, createdAt: AT })], 'bob.json');
    const ids = (json: string) => JSON.parse(json).map((c: CallRecord) => c.id);
    expect(ids(jsonArray([{ packed: p.calls, from: 1, to: 3 }]))).toEqual([calls[1]?.id, calls[2]?.id]);
    expect(ids(jsonArray([{ packed: p.calls, from: 3, to: 4 }, { packed: q.calls, from: 0, to: 1 }, { packed: p.calls, from: 0, to: 1 }]))).toEqual([calls[3]?.id, makeCall({ n: 9 }).id, calls[0]?.id]);
    expect(jsonArray([{ packed: p.rows, from: 2, to: 3 }])).toBe(`[${stringAt(p.rows, 2)}]`);
  });

  it('refuses a bad file with the message parseCallsExport gives: file, call and field', () => {
    const file = JSON.parse(exportCallsJson([makeCall({ n: 1 }), makeCall({ n: 2 })], ANN, 1));
    file.calls[1].createdAt = -1;
    const text = JSON.stringify(file);
    const result = prepareExport(text, 'bad.json', AT);
    expect(result).toEqual({ ok: false, error: (parseCallsExport(text, 'bad.json') as { error: string }).error });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^bad\.json: call 2, field createdAt/) });
    expect(prepareExport(new Uint8Array([0x7b, 0xff, 0x7d]), 'broken.json', AT)).toEqual({ ok: false, error: 'broken.json: not valid UTF-8 text' });
  });
});
