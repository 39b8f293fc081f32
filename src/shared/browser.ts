/**
 * The one place the WebExtension API is imported. Everything else imports `browser` from here,
 * so the polyfill can be dropped once Chrome's own promise-based `browser` namespace is the floor.
 *
 * Where the browser has its own promise-based `browser` (Firefox, current Chrome), it is used directly and the
 * polyfill is never evaluated; the polyfill returns that same object anyway, but a static import of it goes through
 * the bundler's CommonJS interop, which walks every API namespace at content-script start (seen in a CPU profile of
 * a host page; the saving was not measured apart from the other start-up changes). `require` hands back the export.
 *
 * The API is looked up at its first use, not when this module loads: the first touch of `browser` in a page's
 * isolated world builds its bindings, about 0.9 ms of the host page's main thread (CPU profile, bench CRM page), and
 * the content script starts on every CRM and mail tab but needs the API only once the rep does something.
 */
import type Browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';

declare const require: (id: 'webextension-polyfill') => typeof Browser;

let api: typeof Browser | undefined;

function resolve(): typeof Browser {
  if (api) return api;
  const native = (globalThis as unknown as { browser?: typeof Browser }).browser;
  api = native?.runtime?.id ? native : require('webextension-polyfill');
  return api;
}

export const browser: typeof Browser = new Proxy({} as typeof Browser, { get: (_target, key) => Reflect.get(resolve(), key) });
