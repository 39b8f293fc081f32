/**
 * The one place the WebExtension API is imported. Everything else imports `browser` from here,
 * so the polyfill can be dropped once Chrome's own promise-based `browser` namespace is the floor.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
