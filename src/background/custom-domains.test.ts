/** Promise 10: a custom domain runs the content script only while it is in settings and granted. */
import { describe, expect, it } from 'vitest';
import { CUSTOM_SCRIPT_ID, normalizeOrigin, syncCustomDomains, wantedMatches, type ContentScriptSpec, type CustomDomainApis } from './custom-domains';

/** An in-memory browser.scripting + browser.permissions that records every call. */
function fakeApis(granted: string[] = []) {
  const scripts = new Map<string, ContentScriptSpec>();
  const calls: string[] = [];
  const apis: CustomDomainApis = {
    permissions: { getAll: async () => ({ origins: [...granted], permissions: [] }) },
    scripting: {
      async getRegisteredContentScripts({ ids }) {
        return ids.flatMap((id) => (scripts.has(id) ? [structuredClone(scripts.get(id)!)] : []));
      },
      async registerContentScripts(list) {
        calls.push('register');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, structuredClone(s));
        }
      },
      async updateContentScripts(list) {
        calls.push('update');
        for (const s of list) scripts.set(s.id, { ...scripts.get(s.id)!, ...structuredClone(s) });
      },
      async unregisterContentScripts({ ids }) {
        calls.push('unregister');
        for (const id of ids) scripts.delete(id);
      },
    },
  };
  return { apis, scripts, calls, granted };
}

describe('normalizeOrigin', () => {
  it.each([
    ['crm.example.com', 'https://crm.example.com'],
    ['https://crm.example.com/app/contacts?x=1', 'https://crm.example.com'],
    ['  HTTPS://CRM.Example.com:8443/ ', 'https://crm.example.com:8443'],
  ])('%s → %s', (input, origin) => expect(normalizeOrigin(input)).toBe(origin));

  it.each(['', 'http://crm.example.com', 'ftp://x.com', 'javascript:alert(1)', 'https://*.example.com', 'https://user:pw@crm.example.com', 'https://'])(
    'refuses %j',
    (input) => expect(normalizeOrigin(input)).toBeNull(),
  );
});

describe('wantedMatches: settings ∩ granted', () => {
  it('keeps only granted domains, in settings order', () => {
    expect(wantedMatches(['https://a.example.com', 'https://b.example.com'], ['https://b.example.com/*'])).toEqual(['https://b.example.com/*']);
  });
  it('counts a wildcard grant that covers the host, and nothing broader than asked', () => {
    expect(wantedMatches(['https://crm.example.com'], ['https://*.example.com/*'])).toEqual(['https://crm.example.com/*']);
    expect(wantedMatches(['https://crm.example.com'], ['https://*.other.com/*', 'https://example.com/*'])).toEqual([]);
  });
});

describe('syncCustomDomains', () => {
  it('registers one persistent script running content.js on the granted domain', async () => {
    const fake = fakeApis(['https://crm.example.com/*']);
    expect(await syncCustomDomains(fake.apis, ['https://crm.example.com'])).toEqual(['https://crm.example.com/*']);
    expect(fake.scripts.get(CUSTOM_SCRIPT_ID)).toEqual({
      id: CUSTOM_SCRIPT_ID,
      matches: ['https://crm.example.com/*'],
      js: ['content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('registers nothing for a domain in settings that was never granted', async () => {
    const fake = fakeApis([]);
    await syncCustomDomains(fake.apis, ['https://crm.example.com']);
    expect(fake.scripts.size).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  it('updates the matches when a second domain is granted, and does nothing when already in sync', async () => {
    const fake = fakeApis(['https://a.example.com/*']);
    await syncCustomDomains(fake.apis, ['https://a.example.com']);
    fake.granted.push('https://b.example.com/*');
    await syncCustomDomains(fake.apis, ['https://a.example.com', 'https://b.example.com']);
    expect(fake.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://a.example.com/*', 'https://b.example.com/*']);
    await syncCustomDomains(fake.apis, ['https://a.example.com', 'https://b.example.com']);
    expect(fake.calls).toEqual(['register', 'update']);
  });

  it('unregisters when the permission is revoked (permissions.onRemoved) or the domain removed', async () => {
    const fake = fakeApis(['https://a.example.com/*', 'https://b.example.com/*']);
    await syncCustomDomains(fake.apis, ['https://a.example.com', 'https://b.example.com']);
    fake.granted.splice(0, 1); // the rep revoked a.example.com in the browser's settings
    await syncCustomDomains(fake.apis, ['https://a.example.com', 'https://b.example.com']);
    expect(fake.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://b.example.com/*']);
    await syncCustomDomains(fake.apis, []);
    expect(fake.scripts.size).toBe(0);
    expect(fake.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('at startup, restores the script after a browser that forgot it (settings ∩ getAll)', async () => {
    const fake = fakeApis(['https://crm.example.com/*']);
    await syncCustomDomains(fake.apis, ['https://crm.example.com']);
    fake.scripts.clear(); // e.g. Firefox dropped it, or the extension was reloaded
    await syncCustomDomains(fake.apis, ['https://crm.example.com']);
    expect(fake.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://crm.example.com/*']);
  });
});
