/**
 * Many small strings laid end to end, so a prepared file crosses from its worker to the page as a few values instead
 * of tens of thousands (a structured clone pays per value), and a run of neighbouring items is one slice: joined by
 * commas, a run of JSON items is already the inside of a JSON array.
 *
 * Why not UTF-8 bytes, which could be moved instead of copied: Chromium's TextEncoder took ~60 ms per 7 MB file,
 * more than cloning the strings costs.
 */

/** Strings joined by commas, with where each ends: item i is text.slice(i === 0 ? 0 : ends[i - 1] + 1, ends[i]). */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

const startOf = (ends: Uint32Array, i: number): number => (i === 0 ? 0 : (ends[i - 1] as number) + 1);

export function packStrings(items: readonly string[]): PackedStrings {
  const ends = new Uint32Array(items.length);
  let end = -1;
  items.forEach((item, i) => {
    end += 1 + item.length;
    ends[i] = end;
  });
  return { text: items.join(','), ends };
}

export function stringAt(packed: PackedStrings, i: number): string {
  return packed.text.slice(startOf(packed.ends, i), packed.ends[i]);
}

/**
 * A JSON array of items from..to-1 of each run, in order; the items must be JSON texts. Concatenated rather than
 * joined: the engine links the slices and copies them once, when IndexedDB serialises the string.
 */
export function jsonArray(runs: readonly { packed: PackedStrings; from: number; to: number }[]): string {
  let json = '[';
  runs.forEach(({ packed, from, to }, i) => {
    json += (i === 0 ? '' : ',') + packed.text.slice(startOf(packed.ends, from), packed.ends[to - 1]);
  });
  return `${json}]`;
}
