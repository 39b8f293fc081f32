/**
 * Custom CRM domains (issue 3.5, promise 10): the generic adapter runs on an origin only while it is both in the
 * rep's settings and granted by the browser. The options page asks for the permission (it needs the click's user
 * gesture); this module keeps one dynamic content script, id CUSTOM_SCRIPT_ID, matching exactly that intersection.
 * It is re-synced at startup, on install/update and whenever a permission is added or removed, because the rep
 * can also revoke access from the browser's own extension settings.
 */

export { normalizeOrigin } from '../shared/https-origin';

export const CUSTOM_SCRIPT_ID = 'custom-domains';

export interface ContentScriptSpec {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The subset of browser.scripting and browser.permissions this module uses, so tests pass a fake. */
export interface CustomDomainApis {
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<ContentScriptSpec[]>;
    registerContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
    updateContentScripts(scripts: ContentScriptSpec[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
}

export function patternOf(origin: string): string {
  return `${origin}/*`;
}

/** Whether a granted host pattern covers every page of this origin. */
function covers(granted: string, origin: string): boolean {
  if (granted === '<all_urls>' || granted === 'https://*/*' || granted === '*://*/*') return true;
  if (granted === patternOf(origin)) return true;
  const wildcard = /^(https|\*):\/\/\*\.([^/]+)\/\*$/.exec(granted);
  const host = new URL(origin).hostname;
  return wildcard !== null && (host === wildcard[2] || host.endsWith(`.${wildcard[2]}`));
}

/** The match patterns the script should have: settings ∩ granted, in settings order. */
export function wantedMatches(domains: readonly string[], grantedOrigins: readonly string[]): string[] {
  return domains.filter((origin) => grantedOrigins.some((granted) => covers(granted, origin))).map(patternOf);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Registers, updates or unregisters the one script so its matches equal settings ∩ granted. Returns the matches. */
export async function syncCustomDomains(apis: CustomDomainApis, domains: readonly string[]): Promise<string[]> {
  const granted = (await apis.permissions.getAll()).origins ?? [];
  const matches = wantedMatches(domains, granted);
  const [registered] = await apis.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered) await apis.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    return matches;
  }
  const script = { id: CUSTOM_SCRIPT_ID, matches, js: ['content.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (!registered) await apis.scripting.registerContentScripts([script]);
  else if (!sameSet(registered.matches ?? [], matches)) await apis.scripting.updateContentScripts([script]);
  return matches;
}
