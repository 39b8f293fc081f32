/**
 * The dial gate's first half, in the script that starts on every tab: a capture-phase listener that stops a REAL
 * click (event.isTrusted) on a phone number in the click's own event, before anything else could have loaded, and
 * hands it to the gate (dial-gate.ts, loaded on demand), which decides whether it goes. Synthetic clicks from page
 * scripts pass untouched (promise 14), which is also how the gate replays a dial, once, on the element clicked.
 */
import { findDialControl, type DialControl } from './find-dial-control';

export interface DialClickOptions {
  callButtonSelector: () => string;
  /** False where no dial may be held (the goal form cannot load there): clicks then pass. Asked at click time. */
  enabled: () => boolean;
  /** A real click on a dial control, already stopped: the gate must now either replay it or hold it. */
  onDialClick: (control: DialControl) => void;
}

/** Returns what stops holding: clicks pass untouched from then on. */
export function holdDialClicks(options: DialClickOptions, win: Window = window): () => void {
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || event.button !== 0) return;
    const control = findDialControl(event.target, options.callButtonSelector());
    if (!control || !options.enabled()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    options.onDialClick(control);
  };
  win.addEventListener('click', onClick, true);
  return () => win.removeEventListener('click', onClick, true);
}
