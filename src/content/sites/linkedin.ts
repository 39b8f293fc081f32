/**
 * LinkedIn member profiles (www.linkedin.com/in/<slug>/ and its contact-info overlay).
 * The viewer's own profile is never a contact: /in/me/ and pages that offer "Edit intro" are skipped.
 */
import { emailsIn, isHost, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { all, attr, first, textOf } from './dom';
import { cleanText } from './normalize';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The member's name in the top card. */
  name: 'h1.text-heading-xlarge',
  /** The member's headline under the name ("VP Operations at Acme"). */
  headline: 'div.text-body-medium.break-words',
  /** Button to the current position; aria-label "Current company: Acme. Click to skip to experience card". */
  currentCompany: 'button[aria-label^="Current company:"]',
  /** Phone entries in the Contact info overlay (shown to 1st-degree connections), their number and "(Mobile)" label. */
  phoneItem: 'section.ci-phone li',
  phoneNumber: 'span.t-black',
  phoneLabel: 'span.t-black--light',
  /** Email in the Contact info overlay. */
  email: 'section.ci-email .pv-contact-info__contact-link',
  /** Controls shown only on the viewer's own profile. */
  ownProfile: 'button[aria-label="Edit intro"], a[href*="/edit/intro/"]',
  /** The viewer's photo in the global nav "Me" menu; alt is their name. */
  me: 'img.global-nav__me-photo',
} as const;

/** LinkedIn has no call control. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.linkedin;

// Slugs: letters (any script, percent-encoded), digits, hyphens; "me" is the viewer's own shortcut.
const PROFILE = /^\/in\/([^/]{3,100})\/?(?:overlay\/contact-info\/?)?$/;

function companyOf(doc: Document): string {
  const label = cleanText(attr(first(doc, SELECTORS.currentCompany), 'aria-label'));
  return /^Current company:\s*(.+?)\.?\s*(?:Click to skip.*)?$/i.exec(label)?.[1] ?? '';
}

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => isHost(url, 'linkedin.com'),
  read(doc, url) {
    const slug = PROFILE.exec(url.pathname)?.[1];
    if (!slug || slug === 'me' || first(doc, SELECTORS.ownProfile)) return null; // feed, search, own profile
    let recordId = slug;
    try {
      recordId = decodeURIComponent(slug);
    } catch {
      // A malformed escape is still the slug the URL shows.
    }
    return buildContext({
      site: 'linkedin',
      kind: 'profile',
      url,
      recordId,
      name: textOf(doc, SELECTORS.name),
      title: textOf(doc, SELECTORS.headline),
      company: companyOf(doc),
      phones: all(doc, SELECTORS.phoneItem).map((li) => ({
        raw: textOf(li, SELECTORS.phoneNumber),
        label: textOf(li, SELECTORS.phoneLabel).replace(/[()]/g, ''),
      })),
      emails: emailsIn(doc, SELECTORS.email),
      self: { names: [attr(first(doc, SELECTORS.me), 'alt')] },
    });
  },
};
