/**
 * Zoho CRM detail views of Contacts and Leads (crm.zoho.<tld>/crm/<org>/tab/Contacts/<id>).
 * Zoho's UI tags elements with data-zcqa (its QA hooks), keyed by the field's API name: those stay put
 * when an admin relabels a field, where visible labels do not.
 */
import { emailsIn, labelledPhones, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { textOf } from './dom';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The record's full name in the detail view header. */
  headerName: '[data-zcqa="detailViewHeaderName"]',
  /** A field value in the detail view; {api} is the field's API name (Mobile, Account_Name, Designation). */
  field: '[data-zcqa="detailView_{api}"]',
  /** Signed-in user in the top band's profile panel. */
  selfEmail: '[data-zcqa="topband_profile_email"]',
  selfName: '[data-zcqa="topband_profile_name"]',
} as const;

/** Zoho PhoneBridge click-to-call icons beside phone fields. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.zoho;

// Data centres: .com, .eu, .in, .com.au, .jp, .com.cn, and zohocloud.ca.
const HOST = /^crm\.(?:zoho\.(?:com|eu|in|com\.au|jp|com\.cn|sa|uk)|zohocloud\.ca)$/i;
// Org segment is optional in older URLs; record ids are 15–19 digit numbers.
const RECORD = /^\/crm\/(?:org\d+\/)?tab\/(Contacts|Leads)\/(\d{6,25})\/?$/;

const field = (api: string): string => SELECTORS.field.replace('{api}', api);

export const zoho: SiteAdapter = {
  site: 'zoho',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => HOST.test(url.hostname),
  read(doc, url) {
    const match = RECORD.exec(url.pathname);
    if (!match?.[1] || !match[2]) return null; // list views (custom-view/…/list), home, reports
    const isLead = match[1] === 'Leads';
    return buildContext({
      site: 'zoho',
      kind: 'record',
      url,
      recordId: match[2],
      name: textOf(doc, SELECTORS.headerName),
      title: textOf(doc, field(isLead ? 'Designation' : 'Title')),
      company: textOf(doc, field(isLead ? 'Company' : 'Account_Name')),
      emails: emailsIn(doc, `${field('Email')}, ${field('Secondary_Email')}`),
      phones: labelledPhones(doc, [
        [field('Phone'), 'Phone'],
        [field('Mobile'), 'Mobile'],
        [field('Home_Phone'), 'Home'],
        [field('Other_Phone'), 'Other'],
      ]),
      self: { emails: [textOf(doc, SELECTORS.selfEmail)], names: [textOf(doc, SELECTORS.selfName)] },
    });
  },
};
