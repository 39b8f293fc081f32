// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../shared/domain';
import { FAST_MS, MAX_MS, SETTLE_MS, watchContext } from './watch-context';

const contextFor = (name: string): PageContext => ({
  site: 'demo', kind: 'record', recordUrl: `http://127.0.0.1/demo/contacts/${name}`, person: { name }, emails: [], phones: [],
});

describe('watchContext', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.replaceChildren();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  function start({ follow = true } = {}) {
    const onChange = vi.fn();
    const read = vi.fn(() => {
      const name = document.querySelector('h1')?.textContent;
      return name ? contextFor(name) : null;
    });
    const watch = watchContext({ read, onChange, signal: controller.signal });
    if (follow) watch.follow(true);
    return { onChange, read, watch };
  }

  const heading = (name: string) => {
    const h1 = document.createElement('h1');
    h1.textContent = name;
    document.body.append(h1);
    return h1;
  };

  it('reads nothing until followed or asked, then reports the reading at once and only changes after', async () => {
    heading('Dana');
    const { onChange, read, watch } = start({ follow: false });
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(MAX_MS * 3);
    expect(read).not.toHaveBeenCalled();
    expect(watch.checkNow()).toEqual(contextFor('Dana'));
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Dana'));
    watch.follow(true);
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(MAX_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('picks up a late-rendered record and an in-app navigation within one fast check', async () => {
    const { onChange } = start();
    expect(onChange).toHaveBeenLastCalledWith(null);
    const h1 = heading('Lee');
    await vi.advanceTimersByTimeAsync(FAST_MS);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Lee'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 3); // the page went quiet and the watch backed off
    h1.textContent = 'Kim';
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(FAST_MS);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Kim'));
  });

  it('sees a change without navigation within MAX_MS on a page that never stops mutating', async () => {
    const { onChange } = start();
    const h1 = heading('Lee');
    const busy = setInterval(() => document.body.append(document.createElement('span')), 20);
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Lee'));
    h1.textContent = 'Kim';
    await vi.advanceTimersByTimeAsync(MAX_MS + FAST_MS);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Kim'));
    clearInterval(busy);
  });

  it('backs off on a busy page whose contact does not change: a reading every MAX_MS, not every FAST_MS', async () => {
    heading('Dana');
    const { read } = start();
    const busy = setInterval(() => document.body.append(document.createElement('span')), 20);
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    read.mockClear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(Math.floor(10_000 / (MAX_MS + FAST_MS)));
    expect(read.mock.calls.length).toBeLessThanOrEqual(Math.ceil(10_000 / MAX_MS) + 1);
    clearInterval(busy);
  });

  it('does nothing on a quiet page, nothing once unfollowed, and stops after abort', async () => {
    const { read, watch } = start();
    read.mockClear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(read).not.toHaveBeenCalled();
    watch.follow(false);
    heading('Lee');
    await vi.advanceTimersByTimeAsync(MAX_MS * 2);
    expect(read).not.toHaveBeenCalled();
    watch.follow(true);
    expect(read).toHaveBeenCalledTimes(1);
    controller.abort();
    heading('Kim');
    await vi.advanceTimersByTimeAsync(MAX_MS * 2);
    expect(read).toHaveBeenCalledTimes(1);
  });
});

describe('watchContext with the Navigation API (current Chromium and Firefox)', () => {
  let controller: AbortController;
  const navigation = new EventTarget();
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.replaceChildren();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
  });
  afterEach(() => {
    controller.abort();
    Reflect.deleteProperty(window, 'navigation');
    vi.useRealTimers();
  });

  it('checks within FAST_MS of a navigation the page made itself, and backs off on a busy page as before', async () => {
    const h1 = document.body.appendChild(document.createElement('h1'));
    h1.textContent = 'Dana';
    const onChange = vi.fn();
    const read = vi.fn(() => contextFor(document.querySelector('h1')?.textContent ?? ''));
    watchContext({ read, onChange, signal: controller.signal }).follow(true);
    const busy = setInterval(() => document.body.append(document.createElement('span')), 20);
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    read.mockClear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(read.mock.calls.length).toBeLessThanOrEqual(Math.ceil(10_000 / MAX_MS) + 1);
    h1.textContent = 'Kim';
    navigation.dispatchEvent(new Event('currententrychange'));
    await vi.advanceTimersByTimeAsync(FAST_MS);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Kim'));
    clearInterval(busy);
  });
});
