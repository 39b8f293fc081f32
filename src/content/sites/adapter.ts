/**
 * The shape every site adapter has, and the readings most of them share (tel:/mailto: links, labelled fields).
 */
import type { PageContext, Site } from '../../shared/domain';
import type { RawPhone } from './build-context';
import { all, attr, closest, linkTarget, links, text, type Root } from './dom';

export interface SiteAdapter {
  readonly site: Site;
  /** Pure URL test: is this the adapter's site? Record-vs-list is read()'s call, so a CRM list view is null, not generic. */
  matches(url: URL): boolean;
  /** The contact in focus, or null (list views, inboxes, nothing found). May throw; the registry catches. */
  read(doc: Document, url: URL): PageContext | null;
  /** The CRM's own "Call" controls, which the dial gate intercepts; '' when the site has none. */
  readonly callButtonSelector: string;
}

/** Host equals domain or is a subdomain of it; never a suffix trick like evilsalesforce.com. */
export function isHost(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * A phone element: a tel: link or an element containing one. The text is what the rep sees; the link's
 * target is what the CRM dials, truer when the text is formatted or truncated.
 */
export function phoneOf(el: Element, label?: string): RawPhone {
  const link = el.localName === 'a' ? el : links(el, 'tel:')[0];
  const dial = link ? linkTarget(link, 'tel:') : '';
  const phone: RawPhone = { raw: text(el) };
  if (dial) phone.dial = dial;
  if (label !== undefined) phone.label = label;
  return phone;
}

/** Phones of every element matching selector under root. */
export function phonesIn(root: Root, selector: string, label?: string): RawPhone[] {
  const out: RawPhone[] = [];
  for (const el of all(root, selector)) out[out.length] = phoneOf(el, label);
  return out;
}

/**
 * tel: links in a mail body that the sender wrote: quoted earlier messages are skipped, as their
 * signatures are usually the user's own.
 */
export function signaturePhones(message: Element, body: string, quote: string): RawPhone[] {
  const bodies = all(message, body);
  const found = bodies.flatMap((el) => links(el, 'tel:')).filter((a) => closest(a, quote) === null);
  return found.map((a) => phoneOf(a));
}

/** Addresses under root: mailto: targets, else the element's text. */
export function emailsIn(root: Root, selector: string): string[] {
  const out: string[] = [];
  for (const el of all(root, selector)) {
    const raw = emailOf(el);
    if (raw.trim()) out[out.length] = raw;
  }
  return out;
}

/** One element's address: its (or its first descendant's) mailto: target, else an email attribute, else text. */
export function emailOf(el: Element): string {
  const link = el.localName === 'a' ? el : links(el, 'mailto:')[0];
  return (link && linkTarget(link, 'mailto:')) || attr(el, 'email') || text(el);
}

/** One entry per labelled phone field: [selector, label] pairs in the order the page lists them. */
export function labelledPhones(root: Root, fields: readonly (readonly [string, string])[]): RawPhone[] {
  const out: RawPhone[] = [];
  for (const [selector, label] of fields) {
    for (const phone of phonesIn(root, selector, label)) out[out.length] = phone;
  }
  return out;
}
