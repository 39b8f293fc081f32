/** An in-memory storage area with the promise API of browser.storage.local, for unit tests. */
import type { StorageAreaLike } from '../../src/shared/storage';

export interface MemoryStorage extends StorageAreaLike {
  data: Map<string, unknown>;
  /** Makes the next `count` writes fail with this error, as a full disk or quota would. */
  failWrites(error: Error, count?: number): void;
}

export function memoryStorage(initial: Record<string, unknown> = {}): MemoryStorage {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  let failure: { error: Error; remaining: number } | null = null;
  return {
    data,
    failWrites(error, count = 1) {
      failure = { error, remaining: count };
    },
    async get(keys) {
      const wanted = typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of wanted) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      if (failure && failure.remaining > 0) {
        failure.remaining -= 1;
        throw failure.error;
      }
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
  };
}
