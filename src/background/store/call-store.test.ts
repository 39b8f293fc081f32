import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, makeCall, makeContext, openTestStore, testId, type TestStore } from './fixtures/make-call';
import { StoreError } from '../../shared/store-error';

let factory: IDBFactory;
let t: TestStore;

beforeEach(async () => {
  factory = new IDBFactory();
  t = await openTestStore(factory);
});

describe('CallStore.save and get', () => {
  it('saves, reads back and replaces by id (idempotent)', async () => {
    const call = makeCall();
    await t.store.save(call);
    await t.store.save(call);
    await t.store.save({ ...call, stage: 'stalled', updatedAt: call.updatedAt + 1 });
    expect(await t.store.count()).toBe(1);
    expect((await t.store.get(call.id))?.stage).toBe('stalled');
  });

  it('never returns the derived index fields', async () => {
    const call = makeCall();
    await t.store.save(call);
    expect(await t.store.get(call.id)).toEqual(call);
  });

  it('rejects a stale write with code stale and keeps the newer record', async () => {
    const call = makeCall();
    await t.store.save({ ...call, updatedAt: call.updatedAt + 10, stage: 'renewal_expansion' });
    const error = await t.store.save(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('stale');
    expect((await t.store.get(call.id))?.stage).toBe('renewal_expansion');
  });

  it('rejects an invalid record with code invalid naming the field', async () => {
    const error = await t.store.save({ ...makeCall(), id: 'nope' }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).message).toContain('id');
    expect(await t.store.count()).toBe(0);
  });
});

describe('CallStore.history', () => {
  it('gives a Gmail thread and the CRM record of one person one shared history, newest first', async () => {
    const crm = makeContext();
    const gmail = makeContext({
      site: 'gmail', kind: 'thread', recordId: undefined, phones: [],
      recordUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQX', emails: ['Dana@Acme.example'],
    });
    const phoneOnly = makeContext({ site: 'linkedin', kind: 'profile', recordId: 'dana', emails: [], phones: [{ raw: '(415) 555-0100', e164: '+14155550100' }] });
    const stranger = makeContext({ recordId: '003OTHER', emails: ['x@other.example'], phones: [] });
    const a = makeCall({ context: crm, createdAt: 1, updatedAt: 1 });
    const b = makeCall({ context: gmail, createdAt: 2, updatedAt: 2 });
    const c = makeCall({ context: phoneOnly, createdAt: 3, updatedAt: 3 });
    await Promise.all([a, b, c, makeCall({ context: stranger })].map((call) => t.store.save(call)));
    const fromGmail = await t.store.history(gmail, 10);
    const fromCrm = await t.store.history(crm, 10);
    expect(fromGmail.map((call) => call.id)).toEqual([b.id, a.id]);
    expect(fromCrm.map((call) => call.id)).toEqual([c.id, b.id, a.id]);
    expect((await t.store.history(crm, 2)).map((call) => call.id)).toEqual([c.id, b.id]);
  });

  it('matches a record by normalized URL when the CRM id is unknown', async () => {
    const first = makeContext({ recordId: undefined, recordUrl: 'https://crm.example/people/7/?utm_source=x', emails: [], phones: [] });
    const again = makeContext({ recordId: undefined, recordUrl: 'https://CRM.example/people/7', emails: [], phones: [] });
    const call = makeCall({ context: first });
    await t.store.save(call);
    expect((await t.store.history(again, 5)).map((c) => c.id)).toEqual([call.id]);
  });
});

describe('follow-ups and outcomes', () => {
  it('lists dialed calls without outcome and open, due follow-ups', async () => {
    const dialed = makeCall({ dial: { status: 'dialed', at: 5 } });
    const logged = makeCall({ dial: { status: 'dialed', at: 5 }, outcome: { reached: 'voicemail', questionsAsked: [], learned: '', loggedAt: 9 } });
    const due = makeCall({ followUp: { due: 100, status: 'open' } });
    const later = makeCall({ followUp: { due: 10_000, status: 'open' } });
    const done = makeCall({ followUp: { due: 50, status: 'done', doneAt: 60 } });
    for (const call of [dialed, logged, due, later, done]) await t.store.save(call);
    expect((await t.store.pendingOutcomes()).map((c) => c.id)).toEqual([dialed.id]);
    expect((await t.store.openFollowUps()).map((c) => c.id)).toEqual([due.id, later.id]);
    expect((await t.store.dueFollowUps(1000)).map((c) => c.id)).toEqual([due.id]);
  });

  it('pendingOutcomes is newest first and bounded', async () => {
    const dialed = [1, 3, 2].map((at) => makeCall({ createdAt: at, updatedAt: at, dial: { status: 'without_goal' } }));
    for (const call of dialed) await t.store.save(call);
    expect((await t.store.pendingOutcomes(2)).map((c) => c.createdAt)).toEqual([3, 2]);
  });

  it('markNotified is exactly-once even when ten workers race', async () => {
    const call = makeCall({ followUp: { due: 100, status: 'open' } });
    await t.store.save(call);
    const others = await Promise.all([1, 2, 3].map(() => openTestStore(factory)));
    const stores = [t.store, ...others.map((o) => o.store)];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => stores[i % stores.length]!.markNotified(call.id, 200 + i)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await t.store.dueFollowUps(1000)).toEqual([]);
  });

  it('a save of an older draft does not un-notify; snooze re-arms; complete closes', async () => {
    const call = makeCall({ createdAt: 10, updatedAt: 10, followUp: { due: 100, status: 'open' } });
    await t.store.save(call);
    expect(await t.store.markNotified(call.id, 150)).toBe(true);
    await t.store.save({ ...call, stage: 'stalled', updatedAt: 160 });
    expect((await t.store.get(call.id))?.followUp?.notifiedAt).toBe(150);
    expect(await t.store.snoozeFollowUp(call.id, 500, 170)).toBe(true);
    expect(await t.store.dueFollowUps(400)).toEqual([]);
    expect((await t.store.dueFollowUps(600)).map((c) => c.id)).toEqual([call.id]);
    expect(await t.store.completeFollowUp(call.id, 180)).toBe(true);
    expect(await t.store.completeFollowUp(call.id, 190)).toBe(false);
    expect(await t.store.openFollowUps()).toEqual([]);
  });

  it('updating an unknown id fails with a typed error', async () => {
    await expect(t.store.markNotified(testId(9), 1)).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('all, count, importMany, deleteAll', () => {
  it('iterates every call in createdAt order across batches and within a range', async () => {
    const calls = Array.from({ length: 23 }, (_, i) => makeCall({ createdAt: 1000 + Math.floor(i / 3), updatedAt: 5000 }));
    for (const call of calls) await t.store.save(call);
    const seen: string[] = [];
    for await (const call of t.store.all({}, 4)) seen.push(call.id);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    const inRange: number[] = [];
    for await (const call of t.store.all({ from: 1002, to: 1003 }, 2)) inRange.push(call.createdAt);
    expect(inRange).toEqual([1002, 1002, 1002, 1003, 1003, 1003]);
  });

  it('importMany inserts new ids, skips identical ones, reports conflicts without writing them', async () => {
    const same = makeCall();
    const changed = makeCall();
    await t.store.save(same);
    await t.store.save(changed);
    const fresh = makeCall();
    const incomingChanged = { ...changed, stage: 'stalled' as const };
    const result = await t.store.importMany([same, incomingChanged, fresh], { source: { file: 'team.json', importedAt: 7 } });
    expect(result.inserted).toBe(1);
    expect(result.unchanged).toBe(1);
    expect(result.conflicts.map((c) => [c.id, c.existing?.stage, c.incoming.stage])).toEqual([[changed.id, changed.stage, 'stalled']]);
    expect((await t.store.get(changed.id))?.stage).toBe(changed.stage);
    expect((await t.store.get(fresh.id))?.source).toEqual({ file: 'team.json', importedAt: 7 });
    const again = await t.store.importMany([same, fresh], { source: { file: 'team.json', importedAt: 8 } });
    expect(again).toEqual({ inserted: 0, unchanged: 2, conflicts: [] });
  });

  it('importMany is all-or-nothing: one bad record writes nothing', async () => {
    const error = await t.store.importMany([makeCall(), { ...makeCall(), stage: 'bogus' }]).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('invalid');
    expect((error as StoreError).message).toContain('record 2');
    expect(await t.store.count()).toBe(0);
  });

  it('deleteAll empties calls, quarantine and backup', async () => {
    await t.store.save(makeCall());
    await t.store.backupNow();
    await t.store.deleteAll();
    expect(await t.store.count()).toBe(0);
    expect(await t.store.quarantined()).toEqual([]);
    expect((await t.store.readBackup()).status).toBe('missing');
  });
});
