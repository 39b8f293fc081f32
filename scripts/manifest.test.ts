import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSidebarReachable } from '../src/content/sidebar-reachable';
import { normalizeOrigin } from '../src/shared/https-origin';
import { buildManifest } from './manifest.mjs';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('buildManifest', () => {
  const chrome = buildManifest(source, { target: 'chrome', version });
  const firefox = buildManifest(source, { target: 'firefox', version });

  it('takes the version from package.json only', () => {
    expect(chrome.version).toBe(version);
    expect(firefox.version).toBe(version);
  });

  it('gives Chrome a service worker and no Firefox keys', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.firefox).toBeUndefined();
  });

  it('gives Firefox background scripts, an add-on id, a 128+ floor and data collection permissions', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(128);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('expands $HOSTS into the supported hosts in every match list', () => {
    for (const manifest of [chrome, firefox]) {
      const matches = [...manifest.content_scripts[0].matches, ...manifest.web_accessible_resources[0].matches];
      expect(matches).not.toContain('$HOSTS');
      for (const host of manifest.host_permissions) expect(manifest.content_scripts[0].matches).toContain(host);
    }
  });

  it('keeps every web-accessible resource behind a dynamic URL (promise 11)', () => {
    for (const entry of chrome.web_accessible_resources) expect(entry.use_dynamic_url).toBe(true);
    for (const entry of chrome.web_accessible_resources) expect(entry.matches).not.toContain('<all_urls>');
  });

  // Widened from the manifest's hosts so the sidebar loads on custom domains granted at run time (see manifest.mjs);
  // a change here is as deliberate as a new permission.
  it('lets only the sidebar page and the content script\'s adapters module load, on https pages and the local demo', () => {
    for (const manifest of [chrome, firefox]) {
      expect(manifest.web_accessible_resources).toEqual([
        { resources: ['sidebar.html', 'content-main.js'], matches: ['https://*/*', 'http://127.0.0.1/*'], use_dynamic_url: true },
      ]);
    }
  });

  it('lets the sidebar load wherever the content script runs, and on any custom domain (https only)', () => {
    for (const manifest of [chrome, firefox]) {
      for (const match of manifest.content_scripts[0].matches as string[]) {
        const url = new URL(match.replace('://*.', '://x.').replace(/\*$/, ''));
        expect(isSidebarReachable(manifest.web_accessible_resources, url), match).toBe(true);
        expect(isSidebarReachable(manifest.web_accessible_resources, url, 'content-main.js'), match).toBe(true);
      }
      expect(isSidebarReachable(manifest.web_accessible_resources, new URL(`${normalizeOrigin('crm.example.com')}/app`))).toBe(true);
    }
  });

  it('never opens the extension to pages or other extensions (promise 8)', () => {
    expect(chrome.externally_connectable).toBeUndefined();
    expect(chrome.content_security_policy).toBeUndefined(); // the default CSP, never weaker
  });

  // A new permission must be a deliberate change: update this snapshot and the README's permission table together.
  it('asks for exactly the permissions the README justifies', () => {
    expect({
      permissions: chrome.permissions,
      host_permissions: chrome.host_permissions,
      optional_host_permissions: chrome.optional_host_permissions,
      firefox_permissions: firefox.permissions,
    }).toMatchSnapshot();
  });

  it('rejects an unknown target and a malformed version', () => {
    expect(() => buildManifest(source, { target: 'safari' as 'chrome', version })).toThrow(/Unknown target/);
    expect(() => buildManifest(source, { target: 'chrome', version: '1.0-beta' })).toThrow(/Version/);
  });
});
