/**
 * The part of the content script that loads on demand: content/index.ts imports this module (web-accessible, built
 * as content-main.js) when someone first needs the contact — the rep's first interaction with the page, a click on
 * a number, the sidebar opening. The site adapters and the contact watch are most of the content script's code;
 * leaving them out of the start-up is what keeps an untouched CRM or mail tab from paying for them.
 */
import type { PageContext } from '../shared/domain';
import { isContextInvalidated } from '../shared/message-errors';
import { sendMessage } from '../shared/send-message';
import { fallbackContext } from './fallback-context';
import { findDialControl } from './find-dial-control';
import { adapterForUrl, readContext } from './sites';
import { watchContext } from './watch-context';

export interface ContentMain {
  /** Reads the contact now and reports it to the background when it changed. */
  checkNow(): PageContext | null;
  /** Follow the contact while the sidebar is open; nothing runs while it is closed. */
  follow(on: boolean): void;
  /** The contact a dial on this element is for; null when it is not this site's call control after all. */
  contextAt(element: HTMLElement, target: string): PageContext | null;
  /** This site's own call controls, for the dial gate. */
  callButtonSelector(): string;
}

export interface MainOptions {
  signal: AbortSignal;
  /** The extension was updated or removed: the content script steps out of the page. */
  onInvalidated: () => void;
}

export function startMain({ signal, onInvalidated }: MainOptions): ContentMain {
  const currentUrl = () => new URL(location.href);
  const callButtonSelector = () => adapterForUrl(currentUrl())?.callButtonSelector ?? '';

  function report(context: PageContext | null): void {
    sendMessage('report-context', { context }).catch((error: unknown) => {
      if (isContextInvalidated(error)) onInvalidated();
    });
  }

  const watch = watchContext({ read: () => readContext(document, currentUrl()), onChange: report, signal });
  return {
    checkNow: watch.checkNow,
    follow: watch.follow,
    contextAt(element, target) {
      if (!findDialControl(element, callButtonSelector())) return null;
      return readContext(document, currentUrl()) ?? fallbackContext(currentUrl(), element, target);
    },
    callButtonSelector,
  };
}
