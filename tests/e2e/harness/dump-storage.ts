/** Everything Precall keeps, from every store, as one JSON string: for scanning what was stored. */
import type { Worker } from 'playwright-core';

export async function dumpAllStorage(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const idb = await new Promise<Record<string, unknown[]>>((resolve, reject) => {
      const open = indexedDB.open('precall');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = Array.from(db.objectStoreNames);
        const out: Record<string, unknown[]> = {};
        if (names.length === 0) return resolve(out);
        const tx = db.transaction(names, 'readonly');
        for (const name of names) {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => (out[name] = request.result);
        }
        tx.oncomplete = () => {
          db.close();
          resolve(out);
        };
      };
    });
    const [local, session] = await Promise.all([chrome.storage.local.get(null), chrome.storage.session.get(null)]);
    return JSON.stringify({ idb, local, session });
  });
}
