/**
 * Salesforce Classic detail pages (/003…, /00Q…, /001…, /006…). Classic has no stable field attributes, so
 * fields are read as label → value cell pairs of the detail table, by their English default labels.
 */
import type { PageContext } from '../../shared/domain';
import type { RawPhone } from './build-context';
import { buildContext } from './build-context';
import { phoneOf } from './adapter';
import { all, text, textOf } from './dom';
import { cleanText } from './normalize';

export const CLASSIC_SELECTORS = {
  /** Record name in the page title block. */
  name: '.bPageTitle h2.pageDescription',
  /** Label cells of the detail section; the value is the next cell. */
  label: 'table.detailList td.labelCol',
  /** Signed-in user's name on the user menu button. */
  userName: '#userNavLabel',
} as const;

// Key prefixes of the objects we read: 003 Contact, 00Q Lead, 001 Account, 006 Opportunity.
const CLASSIC_RECORD = /^\/((?:003|00Q|001|006)[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/?$/;
const PHONE_LABELS: Record<string, string> = {
  phone: 'Phone',
  mobile: 'Mobile',
  'home phone': 'Home',
  'other phone': 'Other',
};

export function readClassic(doc: Document, url: URL): PageContext | null {
  const match = CLASSIC_RECORD.exec(url.pathname);
  if (!match?.[1]) return null; // list views (/003/o), setup, home
  const prefix = match[1].slice(0, 3);
  const isPerson = prefix === '003' || prefix === '00Q';
  const phones: RawPhone[] = [];
  const emails: string[] = [];
  let title = '';
  let company = '';
  for (const labelCell of all(doc, CLASSIC_SELECTORS.label)) {
    const label = cleanText(text(labelCell)).toLowerCase();
    const valueCell = labelCell.nextElementSibling;
    if (!label || !valueCell) continue;
    const value = text(valueCell);
    const phoneLabel = PHONE_LABELS[label];
    if (phoneLabel) {
      phones[phones.length] = phoneOf(valueCell, phoneLabel);
    } else if (label === 'email') emails[emails.length] = value;
    else if (label === 'title') title = value;
    else if (label === 'account name' || label === 'company') company = value;
  }
  const recordName = textOf(doc, CLASSIC_SELECTORS.name);
  return buildContext({
    site: 'salesforce',
    kind: 'record',
    url,
    recordId: match[1],
    name: isPerson ? recordName : undefined,
    title,
    company: prefix === '001' ? recordName : company,
    phones,
    emails,
    self: { names: [textOf(doc, CLASSIC_SELECTORS.userName)] },
  });
}
