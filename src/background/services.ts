/**
 * Long-lived resources of the service worker, opened on first use. The open database is a cache, not state:
 * when the worker stops it is simply opened again by the next event.
 */
import { browser } from '../shared/browser';
import { MessageError } from '../shared/message-errors';
import { CallStore } from './store/call-store';
import { isStoreError } from '../shared/store-error';

/** The call database's name; its backup database adds BACKUP_DB_SUFFIX. */
export const CALL_DB_NAME = 'precall';

let openStore: Promise<CallStore> | null = null;

export function callStore(): Promise<CallStore> {
  if (openStore) return openStore;
  const opening: Promise<CallStore> = CallStore.open(indexedDB, CALL_DB_NAME, {
    onCorrupt: (report) => console.warn(`Precall moved ${report.corrupt.length} unreadable call(s) to quarantine.`),
    // A closed connection (full disk, another context upgrading) is not kept: the next event opens a new one, so
    // one failed write does not fail every later one until the worker happens to stop.
    onClosed: () => {
      if (openStore === opening) openStore = null;
    },
  }).catch((error: unknown) => {
    if (openStore === opening) openStore = null; // let the next event try again rather than caching a failure
    throw error;
  });
  openStore = opening;
  return opening;
}

/** Store errors cross to the UI with their code, so "storage is full" reads as such. */
export function asMessageError(error: unknown): unknown {
  if (!isStoreError(error)) return error;
  return new MessageError(error.code === 'quota' ? 'quota' : 'failed', error.message);
}

export function extensionIdentity() {
  return { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
}
