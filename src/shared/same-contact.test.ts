import { describe, expect, it } from 'vitest';
import type { PageContext } from './domain';
import { isSameContact } from './same-contact';

const dana: PageContext = {
  site: 'salesforce', kind: 'record', recordUrl: 'https://acme.lightning.force.com/lightning/r/Contact/003A/view', recordId: '003A',
  person: { name: 'Dana Whitfield' }, company: 'Northwind', emails: ['dana@northwind.example'],
  phones: [{ raw: '+1 415 555 0134', e164: '+14155550134' }, { raw: '+1 415 555 0100 x204', e164: '+14155550100', ext: '204' }],
};

describe('isSameContact', () => {
  it('matches the same person seen in Gmail by email', () => {
    const inGmail: PageContext = { site: 'gmail', kind: 'thread', recordUrl: 'https://mail.google.com/mail/u/0/#inbox/FM1', person: { name: 'Dana Whitfield' }, emails: ['dana@northwind.example'], phones: [] };
    expect(isSameContact(dana, inGmail)).toBe(true);
  });

  it('matches by a shared direct number when names agree or one is unknown', () => {
    const fromLink: PageContext = { site: 'generic', kind: 'record', recordUrl: 'https://intranet.example/p', emails: [], phones: [{ raw: '4155550134', e164: '+14155550134' }] };
    expect(isSameContact(dana, fromLink)).toBe(true);
  });

  it('does not merge colleagues behind one switchboard number', () => {
    const luis: PageContext = { ...dana, recordUrl: 'https://acme.lightning.force.com/lightning/r/Contact/003B/view', recordId: '003B', person: { name: 'Luis Ortega' }, emails: ['luis@northwind.example'], phones: [{ raw: '+1 415 555 0100', e164: '+14155550100' }] };
    expect(isSameContact(dana, luis)).toBe(false);
    const luisOnDanasLine = { ...luis, phones: [{ raw: 'x', e164: '+14155550100', ext: '204' }] };
    expect(isSameContact(dana, luisOnDanasLine)).toBe(false); // names differ: never the same person
  });

  it('does not merge two people who share a mailbox', () => {
    const sam: PageContext = { ...dana, recordUrl: 'https://acme.lightning.force.com/lightning/r/Contact/003C/view', recordId: '003C', person: { name: 'Sam Lee' }, emails: ['ops@northwind.example'], phones: [] };
    const danaWithOps = { ...dana, emails: [...dana.emails, 'ops@northwind.example'] };
    expect(isSameContact(danaWithOps, sam)).toBe(false);
    expect(isSameContact(danaWithOps, { ...sam, person: { name: 'dana  whitfield' } })).toBe(true);
  });

  it('matches the same record whatever the page shows', () => {
    expect(isSameContact(dana, { ...dana, person: { name: 'D. Whitfield' }, emails: [], phones: [] })).toBe(true);
  });
});
