/**
 * Pipedrive person and deal detail views (<company>.pipedrive.com/person/<id>, /deal/<id>).
 * Pipedrive's React UI carries data-testid attributes; its class names are hashed per release.
 */
import type { RawPhone } from './build-context';
import { emailsIn, isHost, phoneOf, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { all, first, textOf, type Root } from './dom';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** Person name (person view) or deal title (deal view) in the detail header. */
  headerTitle: '[data-testid="header-title"]',
  /** The person block: the person view's details sidebar, or the deal view's "Person" card. */
  personBlock: '[data-testid="person-details"], [data-testid="deal-person"]',
  /** The person's name inside a deal's person card. */
  personName: '[data-testid="person-name"]',
  /** Job title field of a person. */
  jobTitle: '[data-testid="job_title-value"]',
  /** One phone entry, its label ("Work", "Mobile") and its number. */
  phoneItem: '[data-testid="phone-item"]',
  phoneLabel: '[data-testid="phone-label"]',
  phoneValue: '[data-testid="phone-value"]',
  /** Email values of the person. */
  emailValue: '[data-testid="email-value"]',
  /** The organization a person or deal is linked to. */
  organization: '[data-testid="organization-name"]',
  /** Signed-in user in the account menu. */
  selfEmail: '[data-testid="current-user-email"]',
  selfName: '[data-testid="current-user-name"]',
} as const;

/** Pipedrive Caller's call buttons next to phone fields and in the detail header. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.pipedrive;

const RECORD = /^\/(person|deal)\/(\d+)\/?$/;

function phones(root: Root): RawPhone[] {
  const out: RawPhone[] = [];
  for (const item of all(root, SELECTORS.phoneItem)) {
    const value = first(item, SELECTORS.phoneValue);
    if (value) out[out.length] = phoneOf(value, textOf(item, SELECTORS.phoneLabel));
  }
  return out;
}

export const pipedrive: SiteAdapter = {
  site: 'pipedrive',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => isHost(url, 'pipedrive.com') && url.hostname.toLowerCase() !== 'www.pipedrive.com',
  read(doc, url) {
    const match = RECORD.exec(url.pathname);
    if (!match?.[1] || !match[2]) return null; // lists, pipeline, activities, mail
    const block = first(doc, SELECTORS.personBlock);
    const isPerson = match[1] === 'person';
    const name = isPerson ? textOf(doc, SELECTORS.headerTitle) : block ? textOf(block, SELECTORS.personName) : '';
    return buildContext({
      site: 'pipedrive',
      kind: 'record',
      url,
      recordId: match[2],
      name,
      title: block ? textOf(block, SELECTORS.jobTitle) : '',
      company: textOf(doc, SELECTORS.organization),
      phones: block ? phones(block) : [],
      emails: block ? emailsIn(block, SELECTORS.emailValue) : [],
      self: { emails: [textOf(doc, SELECTORS.selfEmail)], names: [textOf(doc, SELECTORS.selfName)] },
    });
  },
};
