/**
 * The fast check agrees with zod: for valid records, for records with one field broken, replaced, dropped or added,
 * and for whole export envelopes, fast says yes exactly when zod accepts the value AND returns it unchanged. So a
 * value the fast check passes is what zod would have produced, and every other value gets zod's own verdict.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CallRecord } from '../call-record';
import { arbCallRecord, arbRep } from './arbitraries';
import { deepStrict } from './deep-strict';
import { isPlainCallRecord, isPlainCallsExport } from './fast-calls-export';
import { CallsExport } from './json-export';

const StrictCall = deepStrict(CallRecord);

/** zod's verdict in the fast check's terms: accepted, and its output deep-equals the input. */
function zodKeepsAsIs(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value);
}

type Path = (string | number)[];

function paths(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

/** Awkward values: wrong types, edges of every limit, text zod would trim or clean, keys no schema has. */
const arbOdd: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, 1.5, -0, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, '', ' ', ' x', 'x ', 'a\tb', 'x'.repeat(301), 'x'.repeat(5001)),
  fc.constantFrom('https://a.example/x', ' https://a.example/x', 'https://a.exa\nmple/x', 'not a url', 'a@b.co', 'a@b', '+14155550100', '12', 'connected', 'yes', 'open', 'salesforce', 'learn', 'strict', '00000000-0000-0000-0000-000000000000'),
  fc.constantFrom({}, [], [''], { note: 'x' }, { text: 'x', due: 1 }, Object.create(null) as object),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
);

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };
const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  arbOdd.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'note'), value: arbOdd }),
);

function mutate(record: unknown, pick: number, mutation: Mutation): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  const all = paths(copy);
  const path = all[pick % all.length] as Path;
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') delete parent[last];
  else {
    const target = parent[last];
    // Only objects: JSON.parse never gives an array a named property, so neither does this.
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('isPlainCallRecord', () => {
  it('passes generated valid records exactly when zod keeps them as they are', () => {
    fc.assert(fc.property(arbCallRecord, (record) => {
        expect(isPlainCallRecord(record)).toBe(zodKeepsAsIs(StrictCall, record));
      }), { numRuns: 1000 });
  });

  it('agrees with zod on records with one field changed, dropped or added', () => {
    fc.assert(
      fc.property(arbCallRecord, fc.nat(), arbMutation, (record, pick, mutation) => {
        const value = mutate(record, pick, mutation);
        expect(isPlainCallRecord(value)).toBe(zodKeepsAsIs(StrictCall, value));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with zod on JSON round trips of mutated records (what an import actually sees)', () => {
    fc.assert(
      fc.property(arbCallRecord, fc.nat(), arbMutation, (record, pick, mutation) => {
        const text = JSON.stringify(mutate(record, pick, mutation));
        const value: unknown = text === undefined ? undefined : JSON.parse(text);
        expect(isPlainCallRecord(value)).toBe(zodKeepsAsIs(StrictCall, value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isPlainCallsExport', () => {
  const arbExport = fc.record({ format: fc.constant('precall.calls'), version: fc.constant(1), exportedAt: fc.nat(), rep: arbRep, calls: fc.array(arbCallRecord, { maxLength: 3 }) });

  it('agrees with zod on whole files, valid and with one field changed anywhere', () => {
    fc.assert(
      fc.property(arbExport, fc.boolean(), fc.nat(), arbMutation, (file, broken, pick, mutation) => {
        const value = broken ? mutate(file, pick, mutation) : file;
        expect(isPlainCallsExport(value)).toBe(zodKeepsAsIs(CallsExport, value));
      }),
      { numRuns: 2000 },
    );
  });
});
