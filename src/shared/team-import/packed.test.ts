/** Packed strings give back every item exactly, and runs of JSON items as one JSON array. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArray, packStrings, stringAt } from './packed';

describe('packed strings', () => {
  it('give back each item, lone surrogates and commas included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), (items) => {
        const packed = packStrings(items);
        expect(items.map((_, i) => stringAt(packed, i))).toEqual(items);
      }),
    );
  });

  it('join runs of JSON items, from one pack or several, into one JSON array', () => {
    const arbItems = fc.array(fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(arbItems, arbItems, fc.nat(), (a, b, at) => {
        const [pa, pb] = [packStrings(a), packStrings(b)];
        const cut = at % a.length;
        const runs = [{ packed: pb, from: 0, to: b.length }, { packed: pa, from: cut, to: a.length }];
        const json = jsonArray(runs);
        expect(json).toBe(`[${[...b, ...a.slice(cut)].join(',')}]`);
        expect(JSON.parse(json)).toEqual([...b, ...a.slice(cut)].map((item) => JSON.parse(item)));
      }),
    );
  });
});
