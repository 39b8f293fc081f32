// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdDialClicks } from './dial-click';

// jsdom cannot make a trusted event; the trusted path (a rep's real click held) is proven in tests/e2e/dial-gate.
describe('holdDialClicks', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it('lets a click made by a page script through untouched, even on a number (promise 14)', () => {
    const onDialClick = vi.fn();
    stop = holdDialClicks({ callButtonSelector: () => '', enabled: () => true, onDialClick });
    const link = document.body.appendChild(document.createElement('a'));
    link.href = 'tel:+15551234567';
    const pageSaw = vi.fn((event: Event) => event.preventDefault());
    link.addEventListener('click', pageSaw);
    link.click();
    expect(pageSaw).toHaveBeenCalledTimes(1);
    expect(onDialClick).not.toHaveBeenCalled();
  });

  it('asks nothing at start: the selector and the reachability check wait for a click', () => {
    const enabled = vi.fn(() => true);
    const callButtonSelector = vi.fn(() => '');
    stop = holdDialClicks({ callButtonSelector, enabled, onDialClick: vi.fn() });
    expect(enabled).not.toHaveBeenCalled();
    expect(callButtonSelector).not.toHaveBeenCalled();
  });
});
