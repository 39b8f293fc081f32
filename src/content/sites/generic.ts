/**
 * Any other page. A page is read only when it says whom it is about (one schema.org Person/Organization or
 * hCard); tel:/mailto: links alone never make a contact, and a page describing several people or listing
 * many numbers is a directory, where picking one would be a guess (null).
 */
import { phoneOf, type SiteAdapter } from './adapter';
import type { RawPhone } from './build-context';
import { buildContext } from './build-context';
import { closest, linkTarget, links } from './dom';
import { cleanText } from './normalize';
import { readEntities, STRUCTURED_SELECTORS, type Entity } from './structured-data';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  ...STRUCTURED_SELECTORS,
  /** Menus and account areas: links there belong to the viewer or the site, not to the page's subject. */
  chrome: '[role="menu"], [role="navigation"], nav, [aria-label*="account" i]',
} as const;

/** Generic pages have no CRM call control; tel: links are intercepted separately. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.generic;

/** More distinct numbers than this and the page is a directory or a footer-heavy listing. */
const DIRECTORY_NUMBERS = 5;

function pageLinks(doc: Document): { phones: RawPhone[]; emails: string[] } {
  const phones: RawPhone[] = [];
  const emails: string[] = [];
  // Every tel:/mailto: link on the page (dom.ts links(): a[href] filtered by scheme).
  for (const link of links(doc, 'tel:')) {
    if (!closest(link, SELECTORS.chrome)) phones[phones.length] = phoneOf(link);
  }
  for (const link of links(doc, 'mailto:')) {
    const raw = closest(link, SELECTORS.chrome) ? '' : linkTarget(link, 'mailto:');
    if (raw) emails[emails.length] = raw;
  }
  return { phones, emails };
}

function distinctNames(entities: readonly Entity[], type: Entity['type']): Entity[] {
  const out: Entity[] = [];
  const seen: string[] = [];
  for (const entity of entities) {
    const key = cleanText(entity.name).toLowerCase();
    if (entity.type !== type || !key || seen.includes(key)) continue;
    seen[seen.length] = key;
    out[out.length] = entity;
  }
  return out;
}

export const generic: SiteAdapter = {
  site: 'generic',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  read(doc, url) {
    const entities = readEntities(doc);
    const people = distinctNames(entities, 'person');
    const orgs = distinctNames(entities, 'org');
    if (people.length > 1 || (people.length === 0 && orgs.length !== 1)) return null;
    const subject = people[0] ?? orgs[0];
    if (!subject) return null;
    const links = pageLinks(doc);
    const distinctNumbers = new Set(links.phones.map((p) => (p.dial ?? p.raw).replace(/\D/g, ''))).size;
    // The subject's own numbers first; the page's links count only on a page that is plainly about one subject.
    const usePageLinks = distinctNumbers <= DIRECTORY_NUMBERS;
    return buildContext({
      site: 'generic',
      kind: 'profile',
      url,
      name: subject.type === 'person' ? subject.name : '',
      title: subject.title,
      company: subject.type === 'person' ? subject.company || orgs[0]?.name : subject.name,
      phones: [...subject.phones, ...(usePageLinks ? links.phones : [])],
      emails: [...subject.emails, ...(usePageLinks ? links.emails : [])],
    });
  },
};
