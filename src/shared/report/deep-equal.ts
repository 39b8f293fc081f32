/**
 * Content comparison for plain JSON-like data (what zod parses out of a file): the merge and the import
 * decide "same record or conflict" with it, so key order must not matter and nothing may be skipped.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  // === rather than Object.is: JSON has no NaN, and -0 and 0 are the same number once written out.
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  // An explicit undefined equals an absent key: JSON cannot tell them apart either.
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!deepEqual(a[key], b[key])) return false;
  }
  return true;
}

/** Same call apart from where it was imported from: `source` says how it arrived, not what happened. */
export function sameCallContent<T extends { source?: unknown }>(a: T, b: T): boolean {
  const { source: _a, ...restA } = a;
  const { source: _b, ...restB } = b;
  return deepEqual(restA, restB);
}

/** JSON with keys sorted at every level: a total, input-order-free order for tie-breaks. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!isPlainObject(v)) return v;
    // fromEntries defines own properties, so a "__proto__" key stays data instead of setting a prototype.
    return Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]]));
  });
}
