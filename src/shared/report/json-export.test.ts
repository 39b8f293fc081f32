import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallRecord } from '../call-record';
import { arbCallRecord, arbRep, arbTime } from './arbitraries';
import { exportCallsJson, parseCallsExport } from './json-export';

/** Distinct ids: the same id with different content is (rightly) a rejected file, not a round trip. */
const arbCalls = fc.uniqueArray(arbCallRecord, { selector: (c) => c.id, maxLength: 5 });

describe('JSON export round trip', () => {
  it('generated records are valid and already in parsed form (1,000 runs)', () => {
    fc.assert(
      fc.property(arbCallRecord, (call) => void expect(CallRecord.parse(call)).toStrictEqual(call)),
      { numRuns: 1_000 },
    );
  });

  it('parse(export(x)) deep-equals x, from text and from UTF-8 bytes (1,000 runs; records are large)', () => {
    fc.assert(
      fc.property(arbCalls, arbRep, arbTime, (calls, rep, now) => {
        const text = exportCallsJson(calls, rep, now);
        const expected = { ok: true, file: { format: 'precall.calls', version: 1, exportedAt: now, rep, calls } };
        expect(parseCallsExport(text, 'a.json')).toStrictEqual(expected);
        expect(parseCallsExport(new TextEncoder().encode(text), 'a.json')).toStrictEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('parseCallsExport on arbitrary input', () => {
  const check = (input: string | Uint8Array): void => {
    const result = parseCallsExport(input, 'fuzz.json');
    if (!result.ok) expect(result.error.startsWith('fuzz.json: ')).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
  };

  it('never throws on any JSON value, including __proto__ keys (10,000 runs)', () => {
    const arbKey = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'calls', 'format', 'version'));
    const arbValue = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.dictionary(arbKey, tie('value'), { maxKeys: 4 }), fc.array(tie('value'), { maxLength: 3 })),
    })).value;
    fc.assert(fc.property(arbValue, (value) => check(JSON.stringify(value) ?? '')), { numRuns: 10_000 });
  });

  it('never throws on a valid export with one random edit (10,000 runs)', () => {
    const base = exportCallsJson([], { name: 'A', team: 'T' }, 0);
    fc.assert(
      fc.property(fc.nat({ max: base.length }), fc.nat({ max: 5 }), fc.string({ maxLength: 5 }), (at, remove, insert) =>
        check(base.slice(0, at) + insert + base.slice(at + remove)),
      ),
      { numRuns: 10_000 },
    );
  });

  it('never throws on random bytes (10,000 runs)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (input) => check(input)), { numRuns: 10_000 });
  });
});
