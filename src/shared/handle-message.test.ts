import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type Handlers } from './handle-message';
import { MESSAGES, type MessageName } from './messages';
import { MessageError } from './message-errors';
import { DEFAULT_SETTINGS } from './settings';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const identity = { id: ID, origin: `chrome-extension://${ID}` };
const PAGE = { id: ID, origin: identity.origin, url: `${identity.origin}/options.html` };
const CONTENT = { id: ID, origin: 'https://acme.lightning.force.com', tab: { id: 4 }, frameId: 0 };

function spyHandlers() {
  return {
    ping: vi.fn(async () => ({ version: '1.0.0' })),
    'get-settings': vi.fn(async () => DEFAULT_SETTINGS),
    'save-settings': vi.fn(async (settings) => settings),
    'report-context': vi.fn(async () => ({ ok: true as const })),
  } satisfies Partial<Handlers>;
}

describe('createMessageHandler', () => {
  it('answers a valid message from an allowed sender', async () => {
    const handle = createMessageHandler(spyHandlers(), identity);
    expect(await handle({ type: 'ping', payload: {} }, CONTENT)).toEqual({ ok: true, value: { version: '1.0.0' } });
  });

  it('rejects privileged messages from a content script before the handler runs', async () => {
    const handlers = spyHandlers();
    const handle = createMessageHandler(handlers, identity);
    const reply = await handle({ type: 'save-settings', payload: DEFAULT_SETTINGS }, CONTENT);
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(handlers['save-settings']).not.toHaveBeenCalled();
  });

  it('refuses every privileged message in the registry from a content script, before parsing (promise 8)', async () => {
    const handle = createMessageHandler({}, identity);
    const privileged = (Object.keys(MESSAGES) as MessageName[]).filter((name) => !MESSAGES[name].from.includes('content'));
    expect(privileged.length).toBeGreaterThan(5);
    for (const name of privileged) {
      expect(await handle({ type: name, payload: {} }, CONTENT), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('rejects unknown names, malformed envelopes and invalid payloads as data', async () => {
    const handle = createMessageHandler(spyHandlers(), identity);
    expect(await handle({ type: 'nope', payload: {} }, PAGE)).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
    expect(await handle({ type: '__proto__', payload: {} }, PAGE)).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
    expect(await handle('ping', PAGE)).toMatchObject({ ok: false, error: { code: 'unknown_message' } });
    expect(await handle({ type: 'ping', payload: { extra: 1 } }, PAGE)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('turns a handler failure into a typed error, never a throw', async () => {
    const handle = createMessageHandler(
      { ping: async () => { throw new MessageError('quota', 'Storage is full.'); } },
      identity,
    );
    expect(await handle({ type: 'ping', payload: {} }, PAGE)).toEqual({ ok: false, error: { code: 'quota', message: 'Storage is full.' } });
  });

  it('never throws and never runs a privileged handler for 10,000 fuzzed messages from a page (promise 8)', async () => {
    const handlers = spyHandlers();
    const handle = createMessageHandler(handlers, identity);
    const names = Object.keys(MESSAGES) as MessageName[];
    const privileged = names.filter((name) => !MESSAGES[name].from.includes('content'));
    const payload = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'context', 'plan'), fc.anything()),
      fc.constant('x'.repeat(1_000_000)).map((s) => ({ context: s, target: s })),
    );
    const message = fc.oneof(
      fc.record({ type: fc.constantFrom(...names), payload }),
      fc.record({ type: fc.string(), payload }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(message, async (raw) => {
        const reply = await handle(raw, CONTENT);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
    for (const name of privileged) expect(handlers[name as keyof typeof handlers] ?? vi.fn()).not.toHaveBeenCalled();
    // A fuzzed payload may happen to be valid (e.g. { context: null }); a handler must only ever see valid input.
    for (const name of ['ping', 'get-settings', 'report-context'] as const) {
      for (const [payload] of handlers[name].mock.calls as unknown as [unknown][]) expect(MESSAGES[name].request.safeParse(payload).success).toBe(true);
    }
  });
});
