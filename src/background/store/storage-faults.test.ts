/**
 * Promise 4: storage errors are shown, never swallowed; drafts survive. Faults are injected where
 * IndexedDB raises them, on the object store's put, for both names browsers use.
 */
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, makeCall, openTestStore } from './fixtures/make-call';
import { StoreError, toStoreError } from '../../shared/store-error';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('promise 4: injected storage failures', () => {
  it('10 failing saves → 10 typed rejections, 0 records; retry writes 10, no duplicate', async () => {
    const { store } = await openTestStore(new IDBFactory());
    const drafts = Array.from({ length: 10 }, () => makeCall());
    let n = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      n += 1;
      throw new DOMException('injected', n % 2 === 0 ? 'QuotaExceededError' : 'UnknownError');
    });
    const outcomes = await Promise.allSettled(drafts.map((draft) => store.save(draft)));
    const codes = outcomes.map((o) => (o.status === 'rejected' && o.reason instanceof StoreError ? o.reason.code : 'saved'));
    expect(codes.filter((code) => code === 'quota')).toHaveLength(5);
    expect(codes.filter((code) => code === 'unknown')).toHaveLength(5);
    put.mockRestore();
    expect(await store.count()).toBe(0);

    await Promise.all(drafts.map((draft) => store.save(draft)));
    await Promise.all(drafts.map((draft) => store.save(draft)));
    expect(await store.count()).toBe(10);
  });

  it('a quota failure in importMany leaves nothing behind (one transaction)', async () => {
    const { store } = await openTestStore(new IDBFactory());
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      calls += 1;
      if (calls === 3) throw new DOMException('injected', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(store.importMany(Array.from({ length: 5 }, () => makeCall()))).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await store.count()).toBe(0);
  });

  it('maps every IndexedDB failure to a code and a readable message', () => {
    const quota = toStoreError(new DOMException('x', 'QuotaExceededError'), 'save the call');
    expect(quota.code).toBe('quota');
    expect(quota.message).toMatch(/no storage space.*draft is kept/);
    expect(toStoreError(new DOMException('x', 'InvalidStateError'), 'save').code).toBe('unavailable');
    expect(toStoreError(new DOMException('x', 'DataCloneError'), 'save').code).toBe('invalid');
    expect(toStoreError(new Error('boom'), 'save').code).toBe('unknown');
    const stale = new StoreError('stale', 'kept as is');
    expect(toStoreError(stale, 'save')).toBe(stale);
  });

  it('a closed connection (another version upgraded) rejects with unavailable', async () => {
    const { store } = await openTestStore(new IDBFactory());
    store.close();
    await expect(store.save(makeCall())).rejects.toMatchObject({ code: 'unavailable' });
  });
});
