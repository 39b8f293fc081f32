/**
 * DOM reads that a hostile page cannot redirect.
 * Page scripts may shadow `document.querySelector*` with own properties or patch `Array.prototype.push`
 * (RELIABILITY promise 15), so the prototype methods are captured once at load and called through a
 * captured `Reflect.apply`; results are copied into arrays by index assignment, never by `push`.
 */

const apply = Reflect.apply;
// Importing this module outside a DOM (a node test, the background) must not throw; nothing is read there.
const hasDom = typeof Document === 'function' && typeof Element === 'function';
const docQsa = hasDom ? Document.prototype.querySelectorAll : undefined;
const elQsa = hasDom ? Element.prototype.querySelectorAll : undefined;
const docQs = hasDom ? Document.prototype.querySelector : undefined;
const elQs = hasDom ? Element.prototype.querySelector : undefined;
const elClosest = hasDom ? Element.prototype.closest : undefined;
const elGetAttribute = hasDom ? Element.prototype.getAttribute : undefined;
const textGetter = hasDom ? Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')?.get : undefined;
const inputValueGetter = hasDom ? Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get : undefined;
const jsonParse = JSON.parse;

/** Any node selectors run against: a whole document or an element subtree. */
export type Root = Document | Element;

/** A malformed selector or a foreign object yields no matches rather than an exception. */
export function all(root: Root, selector: string): Element[] {
  const out: Element[] = [];
  try {
    const method = root.nodeType === 9 ? docQsa : elQsa;
    if (!method) return out;
    const list = apply(method, root, [selector]) as NodeListOf<Element>;
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      if (el) out[out.length] = el;
    }
  } catch {
    return out;
  }
  return out;
}

/** First match in document order, stopping there (no full scan); null when absent or on a bad selector. */
export function first(root: Root, selector: string): Element | null {
  try {
    const method = root.nodeType === 9 ? docQs : elQs;
    return method ? ((apply(method, root, [selector]) as Element | null) ?? null) : null;
  } catch {
    return null;
  }
}

export function closest(el: Element, selector: string): Element | null {
  try {
    return elClosest ? (apply(elClosest, el, [selector]) as Element | null) : null;
  } catch {
    return null;
  }
}

export function attr(el: Element | null, name: string): string {
  if (!el) return '';
  try {
    const value = elGetAttribute ? (apply(elGetAttribute, el, [name]) as string | null) : null;
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** Raw text of an element; form fields (Dynamics renders values into inputs) give their value. */
export function text(el: Element | null): string {
  if (!el) return '';
  try {
    if (el.localName === 'input' && inputValueGetter) {
      return String(apply(inputValueGetter, el, []));
    }
    const value = textGetter ? (apply(textGetter, el, []) as string | null) : el.textContent;
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** Text of the first match under root, '' when absent. */
export function textOf(root: Root, selector: string): string {
  return text(first(root, selector));
}

/** Page-supplied JSON (JSON-LD) through the captured parser; malformed input is simply absent. */
export function parseJson(source: string): unknown {
  try {
    return apply(jsonParse, JSON, [source]) as unknown;
  } catch {
    return undefined;
  }
}

/** The address of a tel:/mailto: link without its scheme or query, percent-decoding when well-formed. */
export function linkTarget(el: Element, scheme: 'tel:' | 'mailto:'): string {
  const href = attr(el, 'href').trim();
  if (href.slice(0, scheme.length).toLowerCase() !== scheme) return '';
  let target = href.slice(scheme.length);
  if (scheme === 'mailto:') target = target.split('?')[0] ?? '';
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/**
 * tel:/mailto: links under root. Matching the scheme here rather than with a[href^="tel:" i] keeps the
 * selector to a cheap a[href] scan (attribute-prefix selectors cost ~100× more in jsdom) and is case-blind.
 */
export function links(root: Root, scheme: 'tel:' | 'mailto:'): Element[] {
  const out: Element[] = [];
  for (const a of all(root, 'a[href]')) {
    if (attr(a, 'href').trim().slice(0, scheme.length).toLowerCase() === scheme) out[out.length] = a;
  }
  return out;
}

/**
 * Elements under root by the value of one attribute (first in document order wins): one [attr] scan
 * replaces a [attr="value"] query per field, which matters on 10,000-node CRM pages.
 */
export function indexBy(root: Root, name: string): Map<string, Element> {
  const byValue = new Map<string, Element>();
  for (const el of all(root, `[${name}]`)) {
    const value = attr(el, name);
    if (!byValue.has(value)) byValue.set(value, el);
  }
  return byValue;
}
