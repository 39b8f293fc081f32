// @vitest-environment jsdom
/**
 * The outcome form's failure paths in jsdom: a failed save keeps every field and says why (promise 4), and an
 * extension updated under the page brings the shared "Precall was updated" notice with the draft to copy, never
 * "Saved" (promise 27).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../shared/message-errors';
import { goal, makeCall } from '../../shared/report/make-call';
import { UPDATED_MESSAGE } from '../updated-notice';
import { OutcomeForm } from './outcome-form';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});
const $ = <T extends Element = HTMLElement>(id: string) => root?.querySelector<T>(`[data-testid="${id}"]`) ?? null;

async function mountForm(onSave: () => Promise<unknown>): Promise<void> {
  const call = makeCall({ n: 1, goal: goal('learn'), dial: { status: 'dialed', at: 1 }, questions: [{ text: 'What changed since March?' }] });
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OutcomeForm call={call} onSave={onSave} onLater={() => {}} />, root!));
}

async function type(id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(id)!;
  field.value = value;
  await act(() => void field.dispatchEvent(new Event('input', { bubbles: true })));
}
const click = (selector: string) => act(() => void root!.querySelector<HTMLElement>(selector)!.click());

async function fillAndSave(): Promise<void> {
  await click('[data-testid="goal-met-partly"] input');
  await click('[data-testid="asked-question"]');
  await type('outcome-learned', 'Budget moves to Q2');
  await type('next-step-text', 'Send the Q2 pricing');
  await click('[data-testid="due-tomorrow"]');
  await click('[data-testid="save-outcome"]');
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('the outcome form when saving fails', () => {
  it('shows the store error and keeps every field as typed', async () => {
    const onSave = vi.fn(() => Promise.reject(new MessageError('quota', 'Storage is full: nothing was saved.')));
    await mountForm(onSave);
    await fillAndSave();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect($('outcome-status')?.textContent).toBe('Storage is full: nothing was saved.');
    expect($('outcome-status')?.getAttribute('role')).toBe('alert');
    expect($<HTMLTextAreaElement>('outcome-learned')?.value).toBe('Budget moves to Q2');
    expect($<HTMLInputElement>('next-step-text')?.value).toBe('Send the Q2 pricing');
    expect($<HTMLInputElement>('asked-question')?.checked).toBe(true);
    expect($('extension-updated')).toBeNull();
    expect(root?.textContent).not.toContain('Saved');
  });

  it('after an update, shows the shared notice with the whole draft to copy, and the form as typed', async () => {
    await mountForm(() => Promise.reject(new MessageError('unavailable', 'Extension context invalidated.')));
    await fillAndSave();
    expect($('extension-updated')?.textContent).toContain(UPDATED_MESSAGE);
    const draft = $<HTMLTextAreaElement>('draft-copy')?.value ?? '';
    for (const part of ['Connected, goal met: partly', 'Asked: What changed since March?', 'Learned: Budget moves to Q2', 'Next step: Send the Q2 pricing (due ']) {
      expect(draft).toContain(part);
    }
    expect($('copy-draft')).not.toBeNull();
    expect($('copy-notes')).toBeNull(); // the form's own copy of this logic is gone
    expect($<HTMLTextAreaElement>('outcome-learned')?.value).toBe('Budget moves to Q2');
    expect(root?.textContent).not.toContain('Saved');
  });
});
