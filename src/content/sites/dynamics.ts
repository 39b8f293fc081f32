/**
 * Dynamics 365 Unified Interface record forms: contact, lead and account
 * (<org>.crm<n>.dynamics.com/main.aspx?pagetype=entityrecord&etn=contact&id=<guid>).
 * UCI renders field values into inputs whose data-id is "<logical name>.fieldControl-<control>".
 */
import { isHost, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { attr, first, text, textOf } from './dom';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The record's primary name in the form header. */
  headerTitle: 'h1[data-id="header_title"]',
  /** A single-line text field; {f} is the logical name (jobtitle, companyname). */
  textField: 'input[data-id="{f}.fieldControl-text-box-text"]',
  /** A phone field (telephone1, mobilephone, telephone2). */
  phoneField: 'input[data-id="{f}.fieldControl-phone-text-input"]',
  /** An email field (emailaddress1, emailaddress2). */
  mailField: 'input[data-id="{f}.fieldControl-mail-text-input"]',
  /** The selected record's name in a lookup field (parentcustomerid, primarycontactid). */
  lookupName: '[data-id="{f}.fieldControl-LookupResultsDropdown_{f}_selected_tag_text"]',
  /** Signed-in user in the Microsoft 365 account manager (me control). */
  selfEmail: '#mectrl_currentAccount_secondary',
  selfName: '#mectrl_currentAccount_primary',
} as const;

/** The phone icon button beside UCI phone fields, which hands the number to the configured dialer. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.dynamics;

const ENTITIES = ['contact', 'lead', 'account'];
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

const sel = (template: string, logicalName: string): string => template.split('{f}').join(logicalName);

export const dynamics: SiteAdapter = {
  site: 'dynamics',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  // crm.dynamics.com (NA) and the regional crm2 … crm21 hosts.
  matches: (url) => /^[a-z0-9-]+\.crm\d*\.dynamics\.com$/i.test(url.hostname) && isHost(url, 'dynamics.com'),
  read(doc, url) {
    const params = url.searchParams;
    const entity = params.get('etn') ?? '';
    const id = GUID.exec(params.get('id') ?? '')?.[1];
    if (params.get('pagetype') !== 'entityrecord' || !ENTITIES.includes(entity) || !id) return null;
    const field = (template: string, f: string): string => textOf(doc, sel(template, f));
    // The header's text gains a "- Saved"/"- Unsaved" status suffix; its title attribute is the name alone.
    const headerEl = first(doc, SELECTORS.headerTitle);
    const header = attr(headerEl, 'title') || text(headerEl);
    const isAccount = entity === 'account';
    return buildContext({
      site: 'dynamics',
      kind: 'record',
      url,
      recordId: id.toLowerCase(),
      // An account's person is its primary contact; only the lookup's name is on the form.
      name: isAccount ? field(SELECTORS.lookupName, 'primarycontactid') : header,
      title: isAccount ? '' : field(SELECTORS.textField, 'jobtitle'),
      company: isAccount
        ? header
        : entity === 'lead'
          ? field(SELECTORS.textField, 'companyname')
          : field(SELECTORS.lookupName, 'parentcustomerid'),
      emails: [field(SELECTORS.mailField, 'emailaddress1'), field(SELECTORS.mailField, 'emailaddress2')],
      phones: [
        { raw: field(SELECTORS.phoneField, 'telephone1'), label: isAccount ? 'Main phone' : 'Business phone' },
        { raw: field(SELECTORS.phoneField, 'mobilephone'), label: 'Mobile phone' },
        { raw: field(SELECTORS.phoneField, 'telephone2'), label: 'Home phone' },
      ],
      self: { emails: [textOf(doc, SELECTORS.selfEmail)], names: [textOf(doc, SELECTORS.selfName)] },
    });
  },
};
