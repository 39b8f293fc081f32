// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createDialGate, type DialAttemptReply, type DialGateOptions } from './dial-gate';

const ATTEMPT = '0b7f2a4e-9c1d-4e8b-a6f3-5d2c1b0a9e8f';

function setup(reply: () => Promise<DialAttemptReply | null>) {
  const link = document.body.appendChild(document.createElement('a'));
  link.href = 'tel:+15551234567';
  const replayed = vi.fn((event: Event) => event.preventDefault()); // jsdom would try to navigate
  link.addEventListener('click', replayed);
  const options = {
    attempt: vi.fn<DialGateOptions['attempt']>(reply),
    onHolding: vi.fn(),
    onHeld: vi.fn(),
    onSettled: vi.fn(),
  };
  const gate = createDialGate(options);
  return { gate, options, link, replayed, control: { element: link, target: 'tel:+15551234567' } };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createDialGate', () => {
  it('lets a dial the background waves through go at once, on the element clicked', async () => {
    const { gate, options, replayed, control } = setup(async () => ({ action: 'proceed' }));
    gate.clicked(control);
    expect(options.onHolding).toHaveBeenCalledTimes(1);
    await settled();
    expect(options.attempt).toHaveBeenCalledWith(control.element, control.target);
    expect(replayed).toHaveBeenCalledTimes(1);
    expect(options.onHeld).not.toHaveBeenCalled();
  });

  it('holds a dial until it is released, then replays it once and gives focus back', async () => {
    const { gate, options, replayed, control } = setup(async () => ({ action: 'hold', attemptId: ATTEMPT }));
    gate.clicked(control);
    await settled();
    expect(options.onHeld).toHaveBeenCalledTimes(1);
    expect(replayed).not.toHaveBeenCalled();
    expect(gate.release('00000000-0000-4000-8000-000000000000')).toBe(false); // another attempt's release
    expect(gate.release(ATTEMPT)).toBe(true);
    expect(replayed).toHaveBeenCalledTimes(1);
    expect(options.onSettled).toHaveBeenCalledWith(control.element);
    expect(gate.release(ATTEMPT)).toBe(false); // once
    expect(replayed).toHaveBeenCalledTimes(1);
  });

  it('drops a held dial without dialing', async () => {
    const { gate, options, replayed, control } = setup(async () => ({ action: 'hold', attemptId: ATTEMPT }));
    gate.clicked(control);
    await settled();
    expect(gate.drop(ATTEMPT)).toBe(true);
    expect(replayed).not.toHaveBeenCalled();
    expect(options.onSettled).toHaveBeenCalledWith(control.element);
  });

  it('shows the goal form again for a second click while one dial is held, without asking twice', async () => {
    const { gate, options, control } = setup(async () => ({ action: 'hold', attemptId: ATTEMPT }));
    gate.clicked(control);
    gate.clicked(control);
    await settled();
    expect(options.attempt).toHaveBeenCalledTimes(1);
    expect(options.onHeld).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['the background fails', () => Promise.reject(new Error('worker gone'))],
    ['the element is not this site\'s call control after all', async () => null],
  ])('lets the dial go when %s', async (_case, reply) => {
    const { gate, options, replayed, control } = setup(reply);
    gate.clicked(control);
    await settled();
    expect(replayed).toHaveBeenCalledTimes(1);
    expect(options.onHeld).not.toHaveBeenCalled();
    gate.clicked(control); // nothing is left held: the next click asks again
    await settled();
    expect(options.attempt).toHaveBeenCalledTimes(2);
  });
});
