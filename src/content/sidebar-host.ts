/**
 * The sidebar's place in the page: a host element with a CLOSED shadow root holding a slim tab and, once opened,
 * an iframe of our own sidebar page. The page can neither read nor style what is inside; a guard restores the
 * host's inline style if the page tampers with it. Sizes are in px so a page's root font size cannot reach us.
 */
import { browser } from '../shared/browser';
import { sidebarStateItem } from './sidebar-state-item';
import { HOST_STYLE, SHADOW_CSS } from './sidebar-style';

export interface SidebarHost {
  open(options?: { focus?: boolean }): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  /** Shows the tab. Until then the host is an empty element: a tab nobody has moved a pointer over costs nothing. */
  reveal(): void;
  /** Loads the sidebar page ahead of need, so a held dial shows its goal form at once. */
  preload(): void;
}

const MIN_WIDTH = 280;
const MAX_WIDTH = 640;

interface Parts {
  tab: HTMLButtonElement;
  panel: HTMLDivElement;
}

/**
 * Attaches the host at once (an empty element that takes no clicks), reads whether the rep left the sidebar open on
 * this site, and builds what it shows on first need. content/index.ts mounts it only at the rep's first interaction
 * with the page, a held dial or a command from the background: an untouched tab has no element of ours.
 * @param onOpenChange told each time the panel opens or closes (the contact is followed only while it is open)
 */
export function mountSidebarHost(siteKey: string, signal: AbortSignal, onOpenChange: (open: boolean) => void = () => {}): SidebarHost {
  const host = document.createElement('precall-sidebar');
  let parts: Parts | null = null;
  let frame: HTMLIFrameElement | null = null;
  let opened = false;
  let width = 360;
  let returnFocus: Element | null = null;

  function build(): Parts {
    if (parts) return parts;
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = SHADOW_CSS;
    const tab = document.createElement('button');
    tab.className = 'tab';
    tab.type = 'button';
    tab.textContent = 'Precall';
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'complementary');
    panel.setAttribute('aria-label', 'Precall sidebar');
    const grip = document.createElement('div');
    grip.className = 'grip';
    grip.setAttribute('aria-hidden', 'true');
    panel.append(grip);
    shadow.append(style, tab, panel);
    parts = { tab, panel };
    tab.addEventListener('click', () => api.toggle(), { signal });
    startResize(grip, panel, signal, (next) => {
      width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, next));
      render();
    }, remember);
    guardHost(host, render, signal);
    render();
    return parts;
  }

  function ensureFrame(): HTMLIFrameElement {
    if (frame) return frame;
    frame = document.createElement('iframe');
    frame.title = 'Precall sidebar';
    frame.src = browser.runtime.getURL('sidebar.html');
    build().panel.append(frame);
    return frame;
  }

  function render(): void {
    const style = HOST_STYLE(opened, width);
    // Writing an attribute, even to the same value, wakes the guard's observer: write only what differs.
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    if (host.hasAttribute('data-open') !== opened) host.toggleAttribute('data-open', opened);
    if (host.hasAttribute('class')) host.removeAttribute('class');
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
    if (!parts) return;
    parts.tab.setAttribute('aria-expanded', String(opened));
    parts.tab.setAttribute('aria-label', opened ? 'Close the Precall sidebar' : 'Open the Precall sidebar');
    parts.panel.hidden = !opened;
  }

  function remember(): void {
    void sidebarStateItem.update((state) => ({ width, openBySite: { ...state.openBySite, [siteKey]: opened } })).catch(() => {});
  }

  const api: SidebarHost = {
    open({ focus = false } = {}) {
      const activeFrame = ensureFrame();
      if (focus) {
        returnFocus = document.activeElement;
        activeFrame.focus();
      }
      if (opened) return;
      opened = true;
      onOpenChange(true);
      render();
      remember();
    },
    close() {
      if (!opened) return;
      opened = false;
      onOpenChange(false);
      render();
      remember();
      if (returnFocus instanceof HTMLElement) returnFocus.focus();
      returnFocus = null;
    },
    toggle: () => (opened ? api.close() : api.open()),
    isOpen: () => opened,
    reveal: () => void build(),
    preload: () => void ensureFrame(),
  };

  render();
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());

  void sidebarStateItem.get().then((state) => {
    width = state.width;
    if (state.openBySite[siteKey]) api.open();
    else render();
  });
  return api;
}

function startResize(grip: HTMLElement, panel: HTMLElement, signal: AbortSignal, setWidth: (w: number) => void, done: () => void) {
  grip.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    grip.setPointerCapture(down.pointerId);
    panel.classList.add('resizing'); // the iframe would swallow pointer moves while dragging
    const move = (event: PointerEvent) => setWidth(window.innerWidth - event.clientX);
    const up = () => {
      panel.classList.remove('resizing');
      grip.removeEventListener('pointermove', move);
      done();
    };
    grip.addEventListener('pointermove', move, { signal });
    grip.addEventListener('pointerup', up, { once: true, signal });
  }, { signal });
}

/** Pages that restyle or remove unknown elements must not hide or break the sidebar. */
function guardHost(host: HTMLElement, restore: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
    restore();
  });
  observer.observe(host, { attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  signal.addEventListener('abort', () => observer.disconnect());
}
