/** The toolbar button and the keyboard shortcut open or close the sidebar in the current tab. */
import { browser } from '../shared/browser';
import type { ContentCommand } from '../shared/content-command';
import { sendContentCommand } from './content-command';

export async function toggleSidebarInTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const command: ContentCommand = { type: 'toggle-sidebar' };
  try {
    await sendContentCommand(tabId, command);
  } catch {
    // No content script here (a page Precall does not run on): the options page explains where it works.
    await browser.runtime.openOptionsPage();
  }
}
