/**
 * The toolbar badge counts dialed calls that still have no outcome, so none is forgotten. It is recomputed from the
 * store (never incremented), at every start and after every change, so it cannot drift from what is stored.
 */
import { browser } from '../shared/browser';
import { callStore } from './services';

/** Counting stops here: the badge has room for two digits. */
const MAX_COUNTED = 100;

export function badgeText(pending: number): string {
  if (pending <= 0) return '';
  return pending >= MAX_COUNTED ? '99+' : String(pending);
}

export async function refreshBadge(): Promise<number> {
  const pending = (await (await callStore()).pendingOutcomes(MAX_COUNTED)).length;
  await browser.action.setBadgeBackgroundColor({ color: '#b45309' });
  await browser.action.setBadgeText({ text: badgeText(pending) });
  return pending;
}

/** For steps after a commit: the save already happened, so a badge failure is logged, not reported as a failed save. */
export function refreshBadgeQuietly(): Promise<void> {
  return refreshBadge().then(
    () => {},
    (error: unknown) => console.warn('Precall could not update the toolbar badge.', error),
  );
}
