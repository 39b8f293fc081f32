/**
 * The dial gate: a capture-phase listener that holds a REAL click (event.isTrusted) on a phone number until the
 * background says a goal covers it. Synthetic clicks from page scripts pass untouched (promise 14), which is also
 * how the held dial is replayed, once, on the very element the rep clicked.
 */
import type { PageContext } from '../shared/domain';
import { isContextInvalidated } from '../shared/message-errors';
import { sendMessage } from '../shared/send-message';
import { findDialControl } from './find-dial-control';

export interface DialGateOptions {
  /**
   * The contact at click time (read fresh, so a dial is never logged against the previous page's contact), or null
   * when the site's adapter, once loaded, says the element is not one of its call controls after all.
   */
  contextAt: (control: HTMLElement, target: string) => Promise<PageContext | null>;
  callButtonSelector: () => string;
  /** False where no dial may be held (the goal form cannot load there): clicks then pass. Asked at click time. */
  enabled: () => boolean;
  /** A click is being held while the background decides: start loading what the goal form needs, in parallel. */
  onHolding: () => void;
  onHeld: () => void;
  /** The held dial went (or was cancelled): the element the rep clicked, so focus can return to it. */
  onSettled: (element: HTMLElement) => void;
  signal: AbortSignal;
}

export interface DialGate {
  release(attemptId: string): boolean;
  drop(attemptId: string): boolean;
}

export function startDialGate(options: DialGateOptions): DialGate {
  let held: { attemptId: string | null; element: HTMLElement } | null = null;

  function replay(element: HTMLElement): void {
    // A programmatic click is untrusted, so this listener lets it through and the page's own link or button acts.
    element.click();
  }

  async function ask(element: HTMLElement, target: string): Promise<void> {
    try {
      const context = await options.contextAt(element, target);
      const reply = context ? await sendMessage('dial-attempt', { context, target }) : null;
      if (!reply || reply.action === 'proceed' || !reply.attemptId) {
        held = null;
        replay(element);
        return;
      }
      held = { attemptId: reply.attemptId, element };
      options.onHeld();
    } catch (error) {
      // Never stand between a rep and their phone because Precall itself failed: let the dial go.
      held = null;
      if (__DEV__ && !isContextInvalidated(error)) console.warn('[precall] dial gate failed open', error);
      replay(element);
    }
  }

  function onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0) return;
    const control = findDialControl(event.target, options.callButtonSelector());
    if (!control || !options.enabled()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (held) {
      options.onHeld(); // already waiting for a goal: show the form again rather than asking twice
      return;
    }
    held = { attemptId: null, element: control.element };
    options.onHolding();
    void ask(control.element, control.target);
  }

  window.addEventListener('click', onClick, { capture: true, signal: options.signal });

  function settle(attemptId: string, go: boolean): boolean {
    if (!held || held.attemptId !== attemptId) return false;
    const { element } = held;
    held = null;
    if (go) replay(element);
    options.onSettled(element);
    return true;
  }

  return { release: (id) => settle(id, true), drop: (id) => settle(id, false) };
}
