/**
 * The one place the WebExtension API is imported. Everything else imports `browser` from here,
 * so the polyfill can be dropped once Chrome's own promise-based `browser` namespace is the floor.
 *
 * Where the browser has its own promise-based `browser` (Firefox, current Chrome), it is used directly and the
 * polyfill is never evaluated; the polyfill returns that same object anyway, but a static import of it goes through
 * the bundler's CommonJS interop, which walks every API namespace at content-script start (seen in a CPU profile of
 * a host page; the saving was not measured apart from the other start-up changes). `require` hands back the export.
 */
import type Browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';

declare const require: (id: 'webextension-polyfill') => typeof Browser;

const native = (globalThis as unknown as { browser?: typeof Browser }).browser;
export const browser: typeof Browser = native?.runtime?.id ? native : require('webextension-polyfill');
