/**
 * Sends a command into a tab's content script (frame 0) by running a one-line function in the extension's isolated
 * world there, which calls what the content script left in that world (content/index.ts) and says whether it took it.
 *
 * Why not tabs.sendMessage: that needs a runtime.onMessage listener in the page from the start, and registering it
 * builds the runtime bindings in every CRM and mail tab at load, about 0.7 ms of the page's main thread (bench, a
 * listener alone); the page cannot see or call anything in the isolated world.
 */
import { browser } from '../shared/browser';
import type { ContentCommand } from '../shared/content-command';

/** Throws when the tab is gone or does not run Precall (no content script took the command). */
export async function sendContentCommand(tabId: number, command: ContentCommand): Promise<void> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    // Serialised and run in the tab: it may use nothing but its argument and the isolated world's globals.
    func: (raw: unknown) => (globalThis as { __precallCommand?: (raw: unknown) => boolean }).__precallCommand?.(raw) === true,
    args: [command],
  });
  if (injection?.result !== true) throw new Error('Precall does not run on this page.');
}
