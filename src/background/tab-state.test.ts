/**
 * A held dial belongs to the contact it was made for (promise 17): when the tab moves to another contact, the
 * background forgets it and tells the tab's content script to forget it too, or the gate there would keep holding
 * and swallow the next dial on the new contact.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeContext } from './store/fixtures/make-call';
import { fakeBrowser, type FakeBrowser } from './fake-browser.test-helper';

const state = vi.hoisted(() => ({ fake: null as unknown as { browser: Record<string, unknown> } }));
vi.mock('../shared/browser', () => ({ browser: new Proxy({}, { get: (_target, key: string) => state.fake.browser[key] }) }));

const { readTabState, setHeldDial, setTabContext } = await import('./tab-state');

const TAB = 7;
const ATTEMPT = '6f1c1f4e-8d2a-4c3b-9a6e-0b1d2c3e4f50';
const dana = makeContext();
const luis = makeContext({ recordUrl: 'https://acme.lightning.force.com/lightning/r/Contact/003LUI/view', recordId: '003LUI', person: { name: 'Luis Ortega' } });
let fake: FakeBrowser;

beforeEach(async () => {
  fake = fakeBrowser();
  state.fake = fake as unknown as { browser: Record<string, unknown> };
  await setTabContext(TAB, dana);
  await setHeldDial(TAB, { attemptId: ATTEMPT, context: dana, target: 'tel:+14155550100', at: 1 });
  fake.sent.length = 0;
});

const drops = () => fake.sent.filter((s) => (s.message as { type: string }).type === 'drop-dial');

describe('setTabContext and a held dial', () => {
  it('navigating to another contact drops the held dial in the background and in the content script', async () => {
    await setTabContext(TAB, luis);
    expect((await readTabState(TAB)).heldDial).toBeNull();
    expect(drops()).toEqual([{ tabId: TAB, message: { type: 'drop-dial', attemptId: ATTEMPT }, options: { frameId: 0 } }]);
  });

  it('leaving the contact for a page with none drops it the same way', async () => {
    await setTabContext(TAB, null);
    expect((await readTabState(TAB)).heldDial).toBeNull();
    expect(drops()).toHaveLength(1);
  });

  it('the same contact reported again keeps the dial waiting and sends no drop', async () => {
    await setTabContext(TAB, { ...dana, company: 'Northwind' });
    expect((await readTabState(TAB)).heldDial?.attemptId).toBe(ATTEMPT);
    expect(drops()).toEqual([]);
  });
});

describe('a context report and a held dial at the same moment', () => {
  it('both land: the report does not write back the state it read before the dial was held', async () => {
    await setHeldDial(TAB, null);
    // storage.session answers in its own time: here the report's read comes back last, after the dial was written.
    const storage = fake.browser.storage as { session: { get: (key: string) => Promise<unknown> } };
    const get = storage.session.get.bind(storage.session);
    let reads = 0;
    storage.session.get = async (key) => {
      const value = await get(key);
      await new Promise((resolve) => setTimeout(resolve, reads++ === 0 ? 20 : 0));
      return value;
    };
    const again = '7a2d2f5e-9e3b-4d4c-8b7f-1c2e3d4f5a61';
    await Promise.all([setTabContext(TAB, dana), setHeldDial(TAB, { attemptId: again, context: dana, target: 'tel:+14155550100', at: 2 })]);
    expect((await readTabState(TAB)).heldDial?.attemptId).toBe(again);
    expect(drops()).toEqual([]);
  });
});
