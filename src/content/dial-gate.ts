/**
 * The dial gate's second half, loaded on demand (main.ts): a dial control's click, stopped by dial-click.ts, is held
 * until the background says a goal covers it, then replayed once on the very element the rep clicked (a programmatic
 * click is untrusted, so dial-click.ts lets it through and the page's own link or button acts). Anything failing here
 * lets the dial go: Precall never stands between a rep and their phone because it broke.
 */
import { isContextInvalidated } from '../shared/message-errors';
import type { ResponseOf } from '../shared/messages';
import type { DialControl } from './find-dial-control';

export type DialAttemptReply = ResponseOf<'dial-attempt'>;

export interface DialGateOptions {
  /**
   * Asks the background whether a goal covers this dial, with the contact read at click time (so a dial is never
   * logged against the previous page's contact); null when the site's adapter says the element is not one of its
   * call controls after all (dial-click.ts stops any site's until the adapters have loaded).
   */
  attempt: (control: HTMLElement, target: string) => Promise<DialAttemptReply | null>;
  /** A click is being held while the background decides: start loading what the goal form needs, in parallel. */
  onHolding: () => void;
  onHeld: () => void;
  /** The held dial went (or was cancelled): the element the rep clicked, so focus can return to it. */
  onSettled: (element: HTMLElement) => void;
}

export interface DialGate {
  /** A real click on a dial control, stopped before the page saw it: replayed or held from here. */
  clicked(control: DialControl): void;
  release(attemptId: string): boolean;
  drop(attemptId: string): boolean;
}

export function createDialGate(options: DialGateOptions): DialGate {
  let held: { attemptId: string | null; element: HTMLElement } | null = null;

  async function ask(element: HTMLElement, target: string): Promise<void> {
    try {
      const reply = await options.attempt(element, target);
      if (!reply || reply.action === 'proceed' || !reply.attemptId) {
        held = null;
        element.click();
        return;
      }
      held = { attemptId: reply.attemptId, element };
      options.onHeld();
    } catch (error) {
      held = null;
      if (__DEV__ && !isContextInvalidated(error)) console.warn('[precall] dial gate failed open', error);
      element.click();
    }
  }

  function settle(attemptId: string, go: boolean): boolean {
    if (!held || held.attemptId !== attemptId) return false;
    const { element } = held;
    held = null;
    if (go) element.click();
    options.onSettled(element);
    return true;
  }

  return {
    clicked(control) {
      if (held) {
        options.onHeld(); // already waiting for a goal: show the form again rather than asking twice
        return;
      }
      held = { attemptId: null, element: control.element };
      options.onHolding();
      void ask(control.element, control.target);
    },
    release: (id) => settle(id, true),
    drop: (id) => settle(id, false),
  };
}
