/**
 * Promises over raw IndexedDB requests and transactions, for the code outside the background that touches the call
 * database (the options page reads team chunks and writes team imports). The background uses idb's wrappers instead
 * (background/store/in-transaction.ts). Awaiting `request` inside a transaction keeps it active: the promise settles in
 * the request's own success event, before the transaction can commit.
 */

export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Resolves when the transaction commits; rejects with its error (a quota failure is often reported only here). */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    tx.onerror = () => undefined; // the abort that follows a failed request reports it
  });
}
