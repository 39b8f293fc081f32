/**
 * A connection closed under the store (another context upgrading, or the browser after an I/O error such as a full
 * disk) is reported, so the background opens a new one instead of failing every later write on the dead one.
 */
import { IDBFactory } from './fixtures/make-call';
import { describe, expect, it, vi } from 'vitest';
import { openCallDb } from './open-call-db';

function openNewer(factory: IDBFactory, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('precall', version);
    request.onupgradeneeded = () => request.transaction?.abort(); // only the request matters: nothing is changed
    request.onerror = () => resolve();
    request.onsuccess = () => reject(new Error('The upgrade should have been aborted.'));
  });
}

describe('openCallDb', () => {
  it('reports a close forced by another context upgrading, after yielding to it', async () => {
    const factory = new IDBFactory();
    const onClosed = vi.fn();
    const { db, version } = await openCallDb(factory, 'precall', { onClosed });
    await openNewer(factory, version + 1); // not blocked: the store closed its connection
    expect(onClosed).toHaveBeenCalledTimes(1);
    expect(() => db.transaction('calls')).toThrow(); // the old connection is dead; the owner must open another
    const again = await openCallDb(factory, 'precall', { onClosed });
    expect(again.version).toBe(version); // the aborted upgrade changed nothing
    again.db.close();
  });
});
