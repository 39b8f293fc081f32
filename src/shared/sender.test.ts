import { describe, expect, it } from 'vitest';
import { classifySender } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('classifySender', () => {
  it('trusts our own pages by origin', () => {
    expect(classifySender({ id: ID, origin: ORIGIN, url: `${ORIGIN}/options.html` }, ID, ORIGIN)).toBe('page');
    // The sidebar is one of our pages even though it sits in a tab's frame.
    expect(classifySender({ id: ID, origin: ORIGIN, tab: { id: 3 }, frameId: 7 }, ID, ORIGIN)).toBe('page');
  });

  it('falls back to the frame URL where the browser gives no origin (Firefox)', () => {
    const ffOrigin = 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-1234567890ab';
    expect(classifySender({ id: ID, url: `${ffOrigin}/sidebar.html`, tab: { id: 1 } }, ID, ffOrigin)).toBe('page');
    expect(classifySender({ id: ID, url: 'https://app.hubspot.com/contacts/1', tab: { id: 1 } }, ID, ffOrigin)).toBe('content');
  });

  it('treats a web page frame as a content script, whatever its URL claims', () => {
    const sender = { id: ID, origin: 'https://evil.example', url: `${ORIGIN}/options.html`, tab: { id: 2 } };
    expect(classifySender(sender, ID, ORIGIN)).toBe('content');
  });

  it('rejects other extensions and senders without a tab or origin', () => {
    expect(classifySender({ id: 'other', origin: ORIGIN }, ID, ORIGIN)).toBe('untrusted');
    expect(classifySender({ id: ID }, ID, ORIGIN)).toBe('untrusted');
    expect(classifySender({ id: ID, origin: 'https://x.example' }, ID, ORIGIN)).toBe('untrusted');
    expect(classifySender({ id: ID, origin: 'null', tab: { id: 1 } }, ID, ORIGIN)).toBe('untrusted');
  });
});
