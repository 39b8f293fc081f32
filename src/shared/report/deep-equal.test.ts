import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { canonicalJson, deepEqual, sameCallContent } from './deep-equal';
import { deepStrict } from './deep-strict';
import { makeCall } from './make-call';

describe('deepEqual', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
    ['1', 1, false],
    [null, {}, false],
  ])('%j vs %j -> %s', (a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
    expect(deepEqual(b, a)).toBe(equal);
  });

  it('agrees with canonical JSON equality on JSON values (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(deepEqual(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(deepEqual(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('sameCallContent', () => {
  it('ignores source and nothing else', () => {
    const call = makeCall({ n: 1 });
    expect(sameCallContent(call, { ...call, source: { file: 'x.json', importedAt: 5 } })).toBe(true);
    expect(sameCallContent(call, { ...call, rep: { name: 'Ann', team: 'Other' } })).toBe(false);
  });
});

describe('deepStrict', () => {
  const Inner = z.object({ n: z.number() });
  const Outer = z.object({ list: z.array(Inner).max(1), maybe: Inner.optional(), orNull: Inner.nullable() });
  const Strict = deepStrict(Outer);

  it('rejects unknown keys at every level the original only stripped', () => {
    const ok = { list: [{ n: 1 }], maybe: { n: 2 }, orNull: null };
    expect(Strict.parse(ok)).toEqual(ok);
    for (const bad of [{ ...ok, x: 1 }, { ...ok, list: [{ n: 1, x: 1 }] }, { ...ok, maybe: { n: 2, x: 1 } }, { ...ok, orNull: { n: 3, x: 1 } }]) {
      expect(Outer.safeParse(bad).success).toBe(true);
      expect(Strict.safeParse(bad).error?.issues[0]?.code).toBe('unrecognized_keys');
    }
  });

  it('keeps array limits', () => {
    expect(Strict.safeParse({ list: [{ n: 1 }, { n: 2 }], orNull: null }).success).toBe(false);
  });
});
