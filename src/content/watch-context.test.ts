// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../shared/domain';
import { CHECK_MS, watchContext } from './watch-context';

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

  function start() {
    const onChange = vi.fn();
    const read = vi.fn(() => {
      const name = document.querySelector('h1')?.textContent;
      return name ? contextFor(name) : null;
    });
    watchContext({ read, onChange, signal: controller.signal });
    return { onChange, read };
  }

  it('reports the first reading at once, then only changes', async () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Dana';
    document.body.append(h1);
    const { onChange } = start();
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Dana'));
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(CHECK_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('picks up a late-rendered record and an in-app navigation within one check', async () => {
    const { onChange } = start();
    expect(onChange).toHaveBeenLastCalledWith(null);
    const h1 = document.createElement('h1');
    h1.textContent = 'Lee';
    document.body.append(h1);
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Lee'));
    h1.textContent = 'Kim';
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(CHECK_MS);
    expect(onChange).toHaveBeenLastCalledWith(contextFor('Kim'));
  });

  it('reads at most once per check interval however busy the page is', async () => {
    const { read } = start();
    read.mockClear();
    for (let i = 0; i < 100; i += 1) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(read.mock.calls.length).toBeLessThanOrEqual(Math.ceil(1000 / CHECK_MS) + 1);
  });

  it('does nothing on a quiet page and stops after abort', async () => {
    const { read } = start();
    read.mockClear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(read).not.toHaveBeenCalled();
    controller.abort();
    document.body.append(document.createElement('h1'));
    await vi.advanceTimersByTimeAsync(CHECK_MS * 4);
    expect(read).not.toHaveBeenCalled();
  });
});
