/** Reads and sets the extension's own state from its service worker, for arranging and checking tests. */
import type { Frame, Page, Worker } from 'playwright-core';
import type { Settings } from '../../../src/shared/settings';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

export async function setSettings(worker: Worker, change: Partial<Settings>): Promise<void> {
  const value = { ...DEFAULT_SETTINGS, ...change };
  await worker.evaluate((v) => chrome.storage.local.set({ settings: { v: 1, value: v } }), value);
}

export interface StoredCallSummary {
  id: string;
  goal: { type: string; outcome: string } | null;
  dial: { status: string; target?: string };
  questions: { text: string }[];
  contactName?: string;
}

/** Every call record in the background's IndexedDB, read through a second connection from any extension context. */
export async function storedCalls(worker: Worker | Page | Frame): Promise<StoredCallSummary[]> {
  // The three evaluate signatures differ only in options; one is enough for a no-argument function.
  return (worker as Page).evaluate(
    () =>
      new Promise<StoredCallSummary[]>((resolve, reject) => {
        const open = indexedDB.open('precall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('calls').objectStore('calls').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as Array<Record<string, never>>).map((r: Record<string, any>) => ({ // eslint-disable-line @typescript-eslint/no-explicit-any -- raw stored rows
                id: r.id,
                goal: r.goal,
                dial: r.dial,
                questions: r.questions,
                contactName: r.context?.person?.name,
              })),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * Every call record exactly as stored (all fields), read through a second IndexedDB connection from any extension
 * context. `Row` is the caller's view of the raw rows: the store is the extension's, not the test's, to validate.
 */
export async function storedRecords<Row = Record<string, unknown>>(context: Worker | Page | Frame): Promise<Row[]> {
  return (context as Page).evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('precall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('calls').objectStore('calls').getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result as Row[]));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
