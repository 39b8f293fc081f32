import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runtimeSend = vi.fn();
vi.mock('./browser', () => ({ browser: { runtime: { sendMessage: (message: unknown) => runtimeSend(message) } } }));

const { sendMessage } = await import('./send-message');
const { MessageError } = await import('./message-errors');

const CHANNEL_CLOSED = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
const SETTLE_RETRIES_MS = 1_000;

beforeEach(() => {
  runtimeSend.mockReset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** Runs `request` to completion, letting every retry pause pass. */
async function settled<T>(request: Promise<T>): Promise<PromiseSettledResult<T>> {
  const outcome = Promise.allSettled([request]).then(([result]) => result!);
  await vi.advanceTimersByTimeAsync(SETTLE_RETRIES_MS);
  return outcome;
}

describe('sendMessage', () => {
  it('asks a read again when the worker stopped while holding it, and returns the answer', async () => {
    runtimeSend.mockRejectedValueOnce(CHANNEL_CLOSED).mockResolvedValueOnce({ ok: true, value: { tabId: 4, context: null } });
    const result = await settled(sendMessage('get-tab-state', {}));
    expect(result).toEqual({ status: 'fulfilled', value: { tabId: 4, context: null } });
    expect(runtimeSend).toHaveBeenCalledTimes(2);
  });

  it('gives up on a read after two retries, with the browser’s reason', async () => {
    runtimeSend.mockRejectedValue(new Error('Message manager disconnected'));
    const result = await settled(sendMessage('get-settings', {}));
    expect(result.status).toBe('rejected');
    const error = (result as PromiseRejectedResult).reason as InstanceType<typeof MessageError>;
    expect(error).toBeInstanceOf(MessageError);
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe('Message manager disconnected');
    expect(runtimeSend).toHaveBeenCalledTimes(3);
  });

  it('never sends a write twice: whether the lost one ran is unknown', async () => {
    runtimeSend.mockRejectedValueOnce(CHANNEL_CLOSED).mockResolvedValueOnce({ ok: true, value: {} });
    const result = await settled(sendMessage('cancel-dial', { attemptId: '6f1c1a52-5a4e-4d0a-9a51-0c8b1f0e6d11' }));
    expect(result.status).toBe('rejected');
    expect(runtimeSend).toHaveBeenCalledTimes(1);
  });

  it('does not retry a read the extension cannot answer for good (reloaded under the page)', async () => {
    runtimeSend.mockRejectedValue(new Error('Extension context invalidated.'));
    const result = await settled(sendMessage('ping', {}));
    expect(result.status).toBe('rejected');
    expect(runtimeSend).toHaveBeenCalledTimes(1);
  });

  it('rethrows the background’s own error as data, without retrying', async () => {
    runtimeSend.mockResolvedValue({ ok: false, error: { code: 'quota', message: 'Disk full' } });
    const result = await settled(sendMessage('get-outcome-queue', {}));
    expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'quota', message: 'Disk full' });
    expect(runtimeSend).toHaveBeenCalledTimes(1);
  });
});
