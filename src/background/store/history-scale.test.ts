/**
 * Scale shape of history(): 20,000 seeded calls, three of them this contact's, found through the
 * indexes. No timing assertion (CI machines vary); bench/ owns the numbers.
 */
import { describe, expect, it } from 'vitest';
import { IDBFactory, makeCall, makeContext, openTestStore, testId } from './fixtures/make-call';
import { openRaw } from './fixtures/raw-db';
import { toStored } from './stored-call';

describe('history at scale', () => {
  it('finds the right 3 calls among 20,000', async () => {
    const factory = new IDBFactory();
    const { store } = await openTestStore(factory);
    const others = Array.from({ length: 19_997 }, (_, i) =>
      makeCall({
        id: testId(10_000 + i),
        createdAt: i,
        updatedAt: i,
        context: makeContext({ recordId: `rec${i}`, emails: [`p${i}@corp.example`], phones: [{ raw: `+1 212 ${String(1_000_000 + i).slice(-7)}`, e164: `+1212${String(1_000_000 + i).slice(-7)}` }] }),
      }),
    );
    const target = makeContext({ site: 'pipedrive', recordId: 'deal-9', emails: ['ana@target.example'], phones: [{ raw: '030 1234567', e164: '+49301234567' }] });
    const mine = [
      makeCall({ id: testId(1), createdAt: 500, updatedAt: 500, context: target }),
      makeCall({ id: testId(2), createdAt: 900, updatedAt: 900, context: makeContext({ site: 'gmail', kind: 'thread', recordId: undefined, recordUrl: 'https://mail.google.com/mail/u/0/#inbox/Q', emails: ['ANA@target.example'], phones: [] }) }),
      makeCall({ id: testId(3), createdAt: 700, updatedAt: 700, context: makeContext({ site: 'generic', recordId: undefined, recordUrl: 'https://x.example/', emails: [], phones: [{ raw: '+49 30 1234567' , e164: '+49301234567' }] }) }),
    ];
    // One bulk transaction, as an import would write them.
    const db = await openRaw(factory, 'precall');
    const tx = db.transaction('calls', 'readwrite');
    await Promise.all([...others, ...mine].map((call) => tx.store.put(toStored(call))));
    await tx.done;
    db.close();

    expect(await store.count()).toBe(20_000);
    expect((await store.history(target, 10)).map((c) => c.id)).toEqual([testId(2), testId(3), testId(1)]);
  }, 60_000);
});
