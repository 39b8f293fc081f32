/**
 * Close (app.close.com) lead pages. In Close a lead is the company and its contacts are the people, so the
 * person is the contact the URL names (/lead/<lead_id>/?contact=<cont_id>, /contact/<cont_id>/), else the
 * first contact card.
 */
import type { RawPhone } from './build-context';
import { emailsIn, phoneOf, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { all, attr, first, textOf } from './dom';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The lead (company) name in the lead header. */
  leadName: '[data-testid="lead-name"]',
  /** One contact card in the lead's Contacts section; data-contact-id holds its cont_ id. */
  contactCard: '[data-testid="contact-card"]',
  /** Contact name and title inside a card. */
  contactName: '[data-testid="contact-name"]',
  contactTitle: '[data-testid="contact-title"]',
  /** One phone row of a card, its type ("office", "mobile") and its number. */
  phoneRow: '[data-testid="contact-phone"]',
  phoneType: '[data-testid="contact-phone-type"]',
  phoneNumber: '[data-testid="contact-phone-number"]',
  /** Email addresses of a card. */
  email: '[data-testid="contact-email"]',
  /** Signed-in user's address in the user menu. */
  selfEmail: '[data-testid="user-menu-email"]',
} as const;

/** Close's built-in calling: the call button on each contact and in the lead header. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.close;

const RECORD = /^\/(lead|contact)\/((?:lead|cont)_[A-Za-z0-9]{8,64})\/?/;

export const close: SiteAdapter = {
  site: 'close',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => url.hostname.toLowerCase() === 'app.close.com',
  read(doc, url) {
    const match = RECORD.exec(url.pathname);
    if (!match?.[2]) return null; // smart views, inbox, search, reports
    const wanted = match[1] === 'contact' ? match[2] : (url.searchParams.get('contact') ?? '');
    const cards = all(doc, SELECTORS.contactCard);
    const card = cards.find((c) => wanted !== '' && attr(c, 'data-contact-id') === wanted) ?? cards[0] ?? null;
    const phones: RawPhone[] = [];
    for (const row of card ? all(card, SELECTORS.phoneRow) : []) {
      const number = first(row, SELECTORS.phoneNumber);
      if (number) phones[phones.length] = phoneOf(number, textOf(row, SELECTORS.phoneType));
    }
    return buildContext({
      site: 'close',
      kind: 'record',
      url,
      recordId: card ? attr(card, 'data-contact-id') || match[2] : match[2],
      name: card ? textOf(card, SELECTORS.contactName) : '',
      title: card ? textOf(card, SELECTORS.contactTitle) : '',
      company: textOf(doc, SELECTORS.leadName),
      phones,
      emails: card ? emailsIn(card, SELECTORS.email) : [],
      self: { emails: [textOf(doc, SELECTORS.selfEmail)] },
    });
  },
};
