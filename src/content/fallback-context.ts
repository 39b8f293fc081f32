/** The contact for a dial on a page no adapter understands: the page itself and the number clicked. */
import type { PageContext } from '../shared/domain';
import { parsePhone } from './sites/normalize';
import { adapterForUrl } from './sites';

export function fallbackContext(url: URL, element: HTMLElement, target: string): PageContext {
  const number = target.replace(/^(tel|callto|sip):/i, '');
  const phone = parsePhone(decodeURIComponentSafe(number), element.getAttribute('aria-label') ?? undefined);
  return {
    site: adapterForUrl(url)?.site ?? 'generic',
    kind: 'record',
    recordUrl: url.href.slice(0, 2048),
    emails: [],
    phones: phone ? [phone] : [],
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
