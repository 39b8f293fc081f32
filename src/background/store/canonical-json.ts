/**
 * Content equality and checksums for call records. JSON.stringify depends on key insertion order,
 * which differs between a record parsed from a file and one read from IndexedDB; sorting keys
 * makes "same content" mean the same bytes.
 */

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    // undefined and a missing key are the same content; JSON drops both.
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted;
}

/**
 * 64-bit FNV-1a as two 32-bit halves: detects truncation and bit rot in a backup, cheaply and without
 * crypto.subtle's async round trips. It is not a defence against tampering and does not need to be.
 */
export function checksum(text: string): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ (code + i), 0x01000193) >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
