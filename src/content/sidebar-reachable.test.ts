import { describe, expect, it } from 'vitest';
import { isSidebarReachable, type WebAccessibleEntry } from './sidebar-reachable';

const SHIPPED: WebAccessibleEntry[] = [{ resources: ['sidebar.html'], matches: ['https://*/*', 'http://127.0.0.1/*'] }];
const reachable = (url: string, entries = SHIPPED) => isSidebarReachable(entries, new URL(url));

describe('isSidebarReachable', () => {
  it('is true on every https page and the local demo, on any port and path', () => {
    expect(reachable('https://crm.example.com/contacts/1')).toBe(true);
    expect(reachable('https://acme.lightning.force.com/lightning/r/Contact/003/view')).toBe(true);
    expect(reachable('https://crm.example.com:8443/x')).toBe(true);
    expect(reachable('http://127.0.0.1:5173/demo/contacts/1042')).toBe(true);
  });

  it('is false where the browser would refuse the frame, so the gate lets dials go', () => {
    expect(reachable('http://crm.example.com/contacts/1')).toBe(false);
    expect(reachable('http://localhost/demo/')).toBe(false);
    expect(reachable('file:///tmp/page.html')).toBe(false);
    expect(reachable('https://crm.example.com/', [{ resources: ['sidebar.html'], matches: ['https://app.hubspot.com/*'] }])).toBe(false);
    expect(reachable('https://crm.example.com/', [{ resources: ['icons/*'], matches: ['https://*/*'] }])).toBe(false);
    expect(isSidebarReachable(undefined, new URL('https://crm.example.com/'))).toBe(false);
  });

  it('reads resources as either browser reports them: Firefox prefixes "/", globs cover the page', () => {
    const firefox = [{ resources: ['/sidebar.html'], matches: ['https://*/*'] }];
    expect(reachable('https://crm.example.com/', firefox)).toBe(true);
    expect(reachable('https://crm.example.com/', [{ resources: ['*.html'], matches: ['https://*/*'] }])).toBe(true);
    expect(reachable('https://crm.example.com/', [{ resources: ['/side*.js'], matches: ['https://*/*'] }])).toBe(false);
  });

  it('reads subdomain wildcards as the browser does (the host itself and any subdomain, never a lookalike)', () => {
    const entries = [{ resources: ['sidebar.html'], matches: ['https://*.salesforce.com/*'] }];
    expect(reachable('https://salesforce.com/', entries)).toBe(true);
    expect(reachable('https://na1.my.salesforce.com/', entries)).toBe(true);
    expect(reachable('https://evilsalesforce.com/', entries)).toBe(false);
  });
});
