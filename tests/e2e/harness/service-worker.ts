/** Stops the extension's service worker the way Chrome does when it idles, as the reliability promises require. */
import type { BrowserContext } from 'playwright-core';

/** Presses "Stop" on chrome://serviceworker-internals and waits until the page reports the worker STOPPED. */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  const row = page.locator('.serviceworker-registration', { hasText: extensionId });
  const scope = (await row.count()) > 0 ? row.first() : page.locator('body');
  await scope.locator('cr-button[data-command="stop"]').first().click();
  const deadline = Date.now() + 5_000;
  while (!(await scope.innerText()).includes('STOPPED')) {
    if (Date.now() > deadline) throw new Error('The service worker did not stop.');
    await page.waitForTimeout(50);
  }
  await page.close();
}
