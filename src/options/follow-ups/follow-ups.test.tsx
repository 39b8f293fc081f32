// @vitest-environment jsdom
/** The options page's follow-up list with a fake client: due and overdue shown, done and snooze reach the background. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '../../shared/call-record';
import { makeCall } from '../../shared/report/make-call';
import { FollowUps } from './follow-ups';
import type { FollowUpsClient } from './follow-ups-client';

vi.mock('../../shared/browser', () => ({ browser: {} })); // the real client is never used here

const NOW = new Date(2026, 10, 20, 15, 0).getTime();
const HOUR = 3_600_000;
let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});
// An action, then the list read again: two rounds of promises and renders.
const flush = async () => {
  for (let i = 0; i < 3; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
};
const items = () => [...(root?.querySelectorAll('[data-testid="options-follow-up"]') ?? [])];

function withFollowUp(n: number, due: number, text: string, recordUrl = `https://acme.lightning.force.com/lightning/r/Contact/00${n}/view`): CallRecord {
  const call = makeCall({ n, context: { recordUrl, person: { name: `Contact ${n}` } } });
  return { ...call, outcome: { reached: 'connected', questionsAsked: [], learned: '', loggedAt: 1, nextStep: { text, due } }, followUp: { due, status: 'open' } };
}

function fakeClient(calls: CallRecord[]): FollowUpsClient & { dueBy: number[] } {
  let open = [...calls];
  const dueBy: number[] = [];
  return {
    dueBy,
    listFollowUps: vi.fn(async (by: number) => (dueBy.push(by), open.filter((c) => (c.followUp?.snoozedUntil ?? c.followUp!.due) <= by))),
    completeFollowUp: vi.fn(async (id: string) => void (open = open.filter((c) => c.id !== id))),
    snoozeFollowUp: vi.fn(async (id: string, until: number) => void (open = open.map((c) => (c.id === id ? { ...c, followUp: { ...c.followUp!, snoozedUntil: until } } : c)))),
  };
}

async function mount(client: FollowUpsClient): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<FollowUps client={client} now={() => NOW} />, root!));
  await flush();
}

describe('follow-ups on the options page', () => {
  it('lists what is due by the end of today, overdue marked, with a link to the record only for web pages', async () => {
    const client = fakeClient([
      withFollowUp(1, NOW - 2 * HOUR, 'Send the renewal quote'),
      withFollowUp(2, NOW + 2 * HOUR, 'Call back about pricing', 'javascript:alert(1)'),
    ]);
    await mount(client);
    expect(new Date(client.dueBy[0]!).getHours()).toBe(23);
    expect(items().map((li) => li.querySelector('[data-testid="follow-up-when"]')?.textContent?.startsWith('Overdue'))).toEqual([true, false]);
    expect(items()[0]?.textContent).toContain('Contact 1: Send the renewal quote');
    expect(items()[0]?.querySelector('a')?.getAttribute('href')).toBe('https://acme.lightning.force.com/lightning/r/Contact/001/view');
    expect(items()[1]?.querySelector('a')).toBeNull();
  });

  it('done and snooze go to the background and the list is read again', async () => {
    const client = fakeClient([withFollowUp(1, NOW - HOUR, 'Send the quote'), withFollowUp(2, NOW - HOUR, 'Book the demo')]);
    await mount(client);
    await act(() => (items()[0]?.querySelector<HTMLButtonElement>('[data-testid="follow-up-done"]')?.click(), undefined));
    await flush();
    expect(client.completeFollowUp).toHaveBeenCalledWith(withFollowUp(1, 0, '').id);
    expect(items()).toHaveLength(1);
    await act(() => (items()[0]?.querySelector<HTMLButtonElement>('[data-testid="snooze-day"]')?.click(), undefined));
    await flush();
    expect(client.snoozeFollowUp).toHaveBeenCalledWith(withFollowUp(2, 0, '').id, NOW + 24 * HOUR);
    expect(items()).toHaveLength(0);
    expect(root?.querySelector('[data-testid="follow-ups-empty"]')).not.toBeNull();
  });

  it('shows a failure instead of swallowing it', async () => {
    const client = fakeClient([withFollowUp(1, NOW - HOUR, 'Send the quote')]);
    client.completeFollowUp = vi.fn(() => Promise.reject(new Error('The call store could not be opened.')));
    await mount(client);
    await act(() => (items()[0]?.querySelector<HTMLButtonElement>('[data-testid="follow-up-done"]')?.click(), undefined));
    await flush();
    expect(root?.querySelector('[data-testid="follow-ups-error"]')?.textContent).toBe('The call store could not be opened.');
    expect(items()).toHaveLength(1);
  });
});
