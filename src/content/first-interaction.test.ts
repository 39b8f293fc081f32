// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFirstInteraction, whenIdle } from './first-interaction';

describe('onFirstInteraction', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('runs once, in the first interaction event, whichever kind it is', () => {
    const first = vi.fn();
    stop = onFirstInteraction(first);
    expect(first).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('keydown'));
    expect(first).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('keydown'));
    window.dispatchEvent(new Event('focusin'));
    expect(first).toHaveBeenCalledTimes(1);
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'focusin'])('counts %s as an interaction (mouse, pen, touch; keyboard; screen reader)', (type) => {
    const first = vi.fn();
    stop = onFirstInteraction(first);
    window.dispatchEvent(new Event(type));
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('sees an interaction the page stops from propagating (capture phase on window)', () => {
    const first = vi.fn();
    stop = onFirstInteraction(first);
    const button = document.body.appendChild(document.createElement('button'));
    button.addEventListener('pointerdown', (event) => event.stopPropagation());
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('never runs once the content script has stepped out', () => {
    const first = vi.fn();
    onFirstInteraction(first)();
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('keydown'));
    expect(first).not.toHaveBeenCalled();
  });
});

describe('whenIdle', () => {
  it('runs the task later, not in the caller, and not after abort', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const task = vi.fn();
    const skipped = vi.fn();
    whenIdle(task, controller.signal);
    expect(task).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(task).toHaveBeenCalledTimes(1);
    whenIdle(skipped, controller.signal);
    controller.abort();
    await vi.runAllTimersAsync();
    expect(skipped).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
