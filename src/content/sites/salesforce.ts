/**
 * Salesforce Lightning Experience record pages (Contact, Lead, Account, Opportunity); Classic detail pages
 * are read by salesforce-classic.ts. Field selectors use API names (data-target-selection-name), which do
 * not change with the org's language or relabelled fields.
 */
import type { PageContext } from '../../shared/domain';
import { emailsIn, isHost, phonesIn, type SiteAdapter } from './adapter';
import type { RawPhone } from './build-context';
import { buildContext } from './build-context';
import { all, attr, first, text, textOf, type Root } from './dom';
import { readClassic } from './salesforce-classic';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** Lightning keeps earlier tabs' records in the DOM; only the active one is on screen. */
  activeTab: '.oneContent.active',
  /** Record name in the highlights panel header. */
  headerName: 'records-highlights2 h1 slot[name="primaryField"], records-highlights2 h1 lightning-formatted-name',
  /** Fields of the detail layout; data-target-selection-name is "sfdc:RecordField.<Object>.<ApiName>". */
  field: 'records-record-layout-item[data-target-selection-name]',
  /** Value components inside a field (the field element also holds its label). */
  textValue: 'lightning-formatted-text',
  phoneValue: 'lightning-formatted-phone, lightning-click-to-dial',
  emailValue: 'lightning-formatted-email',
  /** The linked record (account) name inside a lookup field. */
  lookupName: 'force-lookup a, records-hover-link a',
  /** Related list cards listing an account's contacts or an opportunity's contact roles. */
  relatedContacts: 'article[aria-label="Contact Roles"], article[aria-label="Contacts"]',
  /** Rows of a related list table. */
  relatedRow: 'tbody tr',
  /** Contact name link in a related list row. */
  rowName: 'th a[href*="/lightning/r/"]',
  /** Title, Primary, Phone and Email cells of a related list row. */
  rowTitle: 'td[data-label="Title"]',
  rowPrimary: 'td[data-label="Primary"] input[checked], td[data-label="Primary"] img[alt="True"]',
  rowPhone: 'td[data-label="Phone"], td[data-label="Mobile"]',
  rowEmail: 'td[data-label="Email"]',
  /** Signed-in user's name in the "View profile" card, present once the avatar menu has been opened. */
  userName: '.profile-card-name .profile-link-label',
} as const;

/** Open CTI click-to-dial in Lightning and Classic: the org's softphone dials on these. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.salesforce;

// Salesforce record ids: 15 or 18 case-sensitive alphanumerics.
const LIGHTNING_RECORD = /^\/lightning\/r\/(Contact|Lead|Account|Opportunity)\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;
const PHONE_FIELDS: Record<string, readonly (readonly [string, string])[]> = {
  Contact: [['Phone', 'Phone'], ['MobilePhone', 'Mobile'], ['HomePhone', 'Home'], ['OtherPhone', 'Other']],
  Lead: [['Phone', 'Phone'], ['MobilePhone', 'Mobile']],
  Account: [['Phone', 'Account phone']],
  Opportunity: [],
};

type FieldLookup = (api: string) => Element | null;

/**
 * The record's layout items by API name, from one scan of the layout-item tag: a tag scan is cheap on a
 * 10,000-node record page, one attribute-value selector per field is not.
 */
function layoutFields(root: Root, object: string): FieldLookup {
  const byName = new Map<string, Element>();
  for (const item of all(root, SELECTORS.field)) {
    const name = attr(item, 'data-target-selection-name');
    if (!byName.has(name)) byName.set(name, item);
  }
  return (api) => byName.get(`sfdc:RecordField.${object}.${api}`) ?? null;
}

function fieldText(field: FieldLookup, api: string, value: string): string {
  const item = field(api);
  return item ? textOf(item, value) : '';
}

function phoneFields(field: FieldLookup, object: string): RawPhone[] {
  const out: RawPhone[] = [];
  for (const [api, label] of PHONE_FIELDS[object] ?? []) {
    const item = field(api);
    for (const phone of item ? phonesIn(item, SELECTORS.phoneValue, label) : []) out[out.length] = phone;
  }
  return out;
}

/** The contact an Account or Opportunity is about: the primary contact role, else the first listed contact. */
function relatedContact(root: Root): { name: string; title: string; phones: RawPhone[]; emails: string[] } | null {
  const card = first(root, SELECTORS.relatedContacts);
  if (!card) return null;
  const rows = all(card, SELECTORS.relatedRow);
  const row = rows.find((r) => first(r, SELECTORS.rowPrimary) !== null) ?? rows[0];
  if (!row) return null;
  const link = first(row, SELECTORS.rowName);
  return {
    name: attr(link, 'title') || text(link),
    title: textOf(row, SELECTORS.rowTitle),
    phones: phonesIn(row, SELECTORS.rowPhone, 'Contact'),
    emails: emailsIn(row, SELECTORS.rowEmail),
  };
}

function readLightning(doc: Document, url: URL, object: string, id: string): PageContext | null {
  const root: Root = first(doc, SELECTORS.activeTab) ?? doc;
  const self = { names: [textOf(doc, SELECTORS.userName)] };
  const base = { site: 'salesforce', kind: 'record', url, recordId: id, self } as const;
  const field = layoutFields(root, object);
  const emailItem = field('Email');
  const own = { phones: phoneFields(field, object), emails: emailItem ? emailsIn(emailItem, SELECTORS.emailValue) : [] };
  if (object === 'Contact' || object === 'Lead') {
    return buildContext({
      ...base,
      ...own,
      name: textOf(root, SELECTORS.headerName),
      title: fieldText(field, 'Title', SELECTORS.textValue),
      company: object === 'Lead' ? fieldText(field, 'Company', SELECTORS.textValue) : fieldText(field, 'AccountId', SELECTORS.lookupName),
    });
  }
  const recordName = textOf(root, SELECTORS.headerName);
  const company = object === 'Account' ? recordName : fieldText(field, 'AccountId', SELECTORS.lookupName);
  const contact = relatedContact(root);
  return buildContext({
    ...base,
    name: contact?.name,
    title: contact?.title,
    company,
    // The person's own numbers first: the rep calls a person, the switchboard is the fallback.
    phones: [...(contact?.phones ?? []), ...own.phones],
    emails: contact?.emails ?? [],
  });
}

export const salesforce: SiteAdapter = {
  site: 'salesforce',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) =>
    isHost(url, 'lightning.force.com') ||
    isHost(url, 'my.salesforce.com') ||
    // Classic instance hosts: na1.salesforce.com, eu12.salesforce.com, cs42.salesforce.com.
    /^[a-z]{2,4}\d{1,3}\.salesforce\.com$/i.test(url.hostname),
  read(doc, url) {
    const lightning = LIGHTNING_RECORD.exec(url.pathname);
    if (lightning?.[1] && lightning[2]) return readLightning(doc, url, lightning[1], lightning[2]);
    if (url.pathname.startsWith('/lightning/')) return null; // list views, home, search
    return readClassic(doc, url);
  },
};
