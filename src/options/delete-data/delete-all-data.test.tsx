// @vitest-environment jsdom
/** "Delete all my data": nothing happens without the confirm step; the result, good or bad, is said. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteAllData } from './delete-all-data';

vi.mock('../../shared/browser', () => ({ browser: {} })); // the real client is never used here

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});
const $ = (id: string) => root?.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`) ?? null;
const click = async (id: string) => {
  await act(() => void $(id)?.click());
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
};

async function mount(deleteAllData: () => Promise<void>, onDeleted = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<DeleteAllData client={{ deleteAllData }} onDeleted={onDeleted} />, root!));
  return onDeleted;
}

describe('delete all my data', () => {
  it('asks first; cancel deletes nothing; confirm deletes once and says so', async () => {
    const deleteAllData = vi.fn(async () => {});
    const onDeleted = await mount(deleteAllData);
    await click('delete-all');
    expect($('delete-confirm-yes')).not.toBeNull();
    await click('delete-confirm-cancel');
    expect(deleteAllData).not.toHaveBeenCalled();
    await click('delete-all');
    await click('delete-confirm-yes');
    expect(deleteAllData).toHaveBeenCalledTimes(1);
    expect(onDeleted).toHaveBeenCalledTimes(1);
    expect(root?.querySelector('[data-testid="delete-status"]')?.textContent).toContain('Deleted');
    expect($('delete-confirm-yes')).toBeNull();
  });

  it('says when deleting failed', async () => {
    const onDeleted = await mount(() => Promise.reject(new Error('Storage is unavailable.')));
    await click('delete-all');
    await click('delete-confirm-yes');
    expect(root?.querySelector('[data-testid="delete-status"]')?.textContent).toBe('Deleting failed: Storage is unavailable.');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
