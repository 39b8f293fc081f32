/** Which clicked element, if any, dials a phone: a tel:/callto:/sip: link or the CRM's own call button. */

const DIAL_LINK = 'a[href^="tel:" i], a[href^="callto:" i], a[href^="sip:" i], area[href^="tel:" i]';

export interface DialControl {
  element: HTMLElement;
  /** The number or link dialed, or the button's label, for the call log. */
  target: string;
}

export function findDialControl(start: EventTarget | null, callButtonSelector: string): DialControl | null {
  if (!(start instanceof Element)) return null;
  const link = start.closest(DIAL_LINK);
  if (link instanceof HTMLElement) return { element: link, target: link.getAttribute('href') ?? '' };
  if (!callButtonSelector) return null;
  const button = start.closest(callButtonSelector);
  if (!(button instanceof HTMLElement)) return null;
  const nearbyTel = button.closest('[data-phone], [title]');
  const label = button.getAttribute('data-phone') ?? nearbyTel?.getAttribute('data-phone') ?? button.getAttribute('aria-label') ?? button.textContent ?? '';
  return { element: button, target: label.trim().slice(0, 200) || 'call button' };
}
