/**
 * Precall's own demo CRM ("Acme CRM", tests/fixtures/demo/), served from 127.0.0.1/localhost under /demo/.
 * Its markup is plain semantic HTML with no Precall hooks, so reading it exercises the same kind of
 * selectors a real CRM needs; the demo page and this adapter change together.
 */
import type { RawPhone } from './build-context';
import { emailsIn, phoneOf, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { all, first, text, textOf } from './dom';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The contact record, present only on a contact's page. */
  record: 'main.record[data-record-type="contact"]',
  /** Contact name, job title and company in the record header. */
  name: '.record-header h1.record-name',
  title: '.record-header .record-title',
  company: '.record-header .record-company',
  /** Value cells of the details list; the preceding <dt> is the label. */
  phone: 'dl.fields dd.field-phone',
  email: 'dl.fields dd.field-email',
  /** Signed-in demo user on the account button. */
  self: 'header .account-button',
} as const;

/** The record header's "Call" button. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.demo;

const HOSTS = ['127.0.0.1', 'localhost'];
const RECORD = /^\/demo\/contacts\/([A-Za-z0-9-]{1,64})\/?$/;

export const demo: SiteAdapter = {
  site: 'demo',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => url.protocol === 'http:' && HOSTS.includes(url.hostname) && url.pathname.startsWith('/demo/'),
  read(doc, url) {
    const id = RECORD.exec(url.pathname)?.[1];
    const record = first(doc, SELECTORS.record);
    if (!id || !record) return null; // contact list, companies, dashboard
    const phones: RawPhone[] = [];
    for (const cell of all(record, SELECTORS.phone)) {
      const label = cell.previousElementSibling?.localName === 'dt' ? text(cell.previousElementSibling) : '';
      phones[phones.length] = phoneOf(cell, label);
    }
    return buildContext({
      site: 'demo',
      kind: 'record',
      url,
      recordId: id,
      name: textOf(record, SELECTORS.name),
      title: textOf(record, SELECTORS.title),
      company: textOf(record, SELECTORS.company),
      phones,
      emails: emailsIn(record, SELECTORS.email),
      self: { names: [textOf(doc, SELECTORS.self)] },
    });
  },
};
