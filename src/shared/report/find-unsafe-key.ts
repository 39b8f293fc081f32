/**
 * A pre-check on parsed JSON before any schema sees it. JSON.parse makes "__proto__" an own key (no
 * pollution yet), but any later spread or merge could turn it into one; and a file nested thousands deep
 * would blow the stack of a recursive validator. Both are rejected here with the path where they occur.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A valid export nests about six levels; anything past this is not one of ours. */
export const MAX_DEPTH = 32;

export type JsonPath = (string | number)[];

export interface UnsafeKey {
  path: JsonPath;
  reason: string;
}

function walk(value: unknown, path: JsonPath): UnsafeKey | null {
  if (typeof value !== 'object' || value === null) return null;
  if (path.length >= MAX_DEPTH) return { path: [...path], reason: `nested deeper than ${MAX_DEPTH} levels` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const found = walk(value[i], path);
      path.pop();
      if (found !== null) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) return { path: [...path], reason: `forbidden key "${key}"` };
    const found = walk((value as Record<string, unknown>)[key], path);
    path.pop();
    if (found !== null) return found;
  }
  return null;
}

/** The first forbidden key or over-deep nesting, depth-first in document order; null when clean. */
export function findUnsafeKey(value: unknown): UnsafeKey | null {
  return walk(value, []);
}
