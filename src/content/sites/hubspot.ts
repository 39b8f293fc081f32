/**
 * HubSpot CRM records: contact (object 0-1), company (0-2) and deal (0-3), both the /record/<type>/<id> URLs
 * and the legacy /contact/<id> ones. HubSpot marks its UI with data-selenium-test / data-test-id for its own
 * tests; those outlive the hashed class names, so every selector uses them.
 */
import type { RawPhone } from './build-context';
import { emailOf, emailsIn, phoneOf, phonesIn, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { first, indexBy, text, textOf } from './dom';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The record's name in the highlight (header) card. */
  title: '[data-selenium-test="highlightTitle"]',
  /** A property in the "About this …" card; {name} is the internal property name (jobtitle, mobilephone). */
  property: '[data-selenium-test="property-input-{name}"]',
  /** Association cards in the right sidebar, by object: contacts, companies. */
  contactsCard: '[data-test-id="association-card-contacts"]',
  companiesCard: '[data-test-id="association-card-companies"]',
  /** One associated record in an association card, and its parts. */
  cardItem: '[data-test-id="association-card-item"]',
  itemName: '[data-test-id="association-name"]',
  itemTitle: '[data-test-id="association-jobtitle"]',
  itemPhone: '[data-test-id="association-phone"]',
  itemEmail: '[data-test-id="association-email"]',
  /** Signed-in user's email and name in the account menu of the top navigation. */
  selfEmail: '.navAccount-email',
  selfName: '.navAccount-fullName',
} as const;

/** The "Call" action in the record header and HubSpot's calling widget trigger. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.hubspot;

const OBJECT_IDS: Record<string, 'contact' | 'company' | 'deal'> = {
  '0-1': 'contact',
  contact: 'contact',
  '0-2': 'company',
  company: 'company',
  '0-3': 'deal',
  deal: 'deal',
};
const RECORD = /^\/contacts\/\d+\/(?:record\/(0-[123])|(contact|company|deal))\/(\d+)\/?/;

const prop = (name: string): string => SELECTORS.property.replace('{name}', name);
/** The quoted value of a one-attribute selector: '[data-x="v"]' → 'v'. */
const testValue = (selector: string): string => /="([^"]*)"\]$/.exec(selector)?.[1] ?? '';

export const hubspot: SiteAdapter = {
  site: 'hubspot',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  // app.hubspot.com and the regional app-eu1 / app-na2 … hosts.
  matches: (url) => /^app(?:-[a-z]{2,4}\d+)?\.hubspot\.com$/i.test(url.hostname),
  read(doc, url) {
    const match = RECORD.exec(url.pathname);
    const type = OBJECT_IDS[match?.[1] ?? match?.[2] ?? ''];
    if (!match || !type) return null; // object lists, reports, inbox, settings
    // One scan per test attribute; SELECTORS name the values looked up in them.
    const bySelenium = indexBy(doc, 'data-selenium-test');
    const byTestId = indexBy(doc, 'data-test-id');
    const value = (key: string): string => text(bySelenium.get(testValue(key)) ?? null);
    const self = { emails: [textOf(doc, SELECTORS.selfEmail)], names: [textOf(doc, SELECTORS.selfName)] };
    const base = { site: 'hubspot', kind: 'record', url, recordId: match[3], self } as const;
    const phone = (name: string, label: string): RawPhone[] => {
      const el = bySelenium.get(testValue(prop(name)));
      return el ? [phoneOf(el, label)] : [];
    };
    if (type === 'contact') {
      const emailEl = bySelenium.get(testValue(prop('email')));
      return buildContext({
        ...base,
        name: value(SELECTORS.title),
        title: value(prop('jobtitle')),
        company: value(prop('company')),
        emails: emailEl ? [emailOf(emailEl)] : [],
        phones: [...phone('phone', 'Phone'), ...phone('mobilephone', 'Mobile')],
      });
    }
    // Companies and deals are about an organisation: the person is the first associated contact.
    const card = byTestId.get(testValue(SELECTORS.contactsCard));
    const contact = card ? first(card, SELECTORS.cardItem) : null;
    const companies = byTestId.get(testValue(SELECTORS.companiesCard));
    const company = type === 'company' ? value(SELECTORS.title) : companies ? textOf(companies, SELECTORS.itemName) : '';
    return buildContext({
      ...base,
      name: contact ? textOf(contact, SELECTORS.itemName) : undefined,
      title: contact ? textOf(contact, SELECTORS.itemTitle) : undefined,
      company,
      emails: contact ? emailsIn(contact, SELECTORS.itemEmail) : [],
      phones: [
        ...(contact ? phonesIn(contact, SELECTORS.itemPhone, 'Contact') : []),
        ...(type === 'company' ? phone('phone', 'Company phone') : []),
      ],
    });
  },
};
