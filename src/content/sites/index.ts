/**
 * The adapter registry: which adapter reads a URL, the contact it reads, and the CRM call controls the
 * dial gate intercepts. Pure and total: whatever the page holds, readContext returns a schema-valid
 * PageContext or null and never throws into the host page (STYLE practice 6).
 */
import type { PageContext } from '../../shared/domain';
import type { SiteAdapter } from './adapter';
import { close } from './close';
import { demo } from './demo';
import { all } from './dom';
import { dynamics } from './dynamics';
import { generic } from './generic';
import { gmail } from './gmail';
import { hubspot } from './hubspot';
import { linkedin } from './linkedin';
import { outlook } from './outlook';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import { isPageContext } from './validate-context';
import { zoho } from './zoho';

export type { SiteAdapter } from './adapter';

/** First match wins; generic must stay last, it matches every http(s) page. */
export const ADAPTERS: readonly SiteAdapter[] = Object.freeze([
  salesforce,
  hubspot,
  pipedrive,
  zoho,
  dynamics,
  close,
  gmail,
  outlook,
  linkedin,
  demo,
  generic,
]);

/** Loud in development builds, silent for users. */
function report(adapter: SiteAdapter, error: unknown): void {
  if (__DEV__) console.warn(`[precall] ${adapter.site} adapter failed`, error);
}

/** The adapter for a URL, or null for non-web pages (file:, chrome:, about:). */
export function adapterForUrl(url: URL): SiteAdapter | null {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.matches(url)) return adapter;
    } catch (error) {
      report(adapter, error);
    }
  }
  return null;
}

/** Whom the page in front of the rep is about, or null when no single person or company is in focus. */
export function readContext(doc: Document, url: URL): PageContext | null {
  const adapter = adapterForUrl(url);
  if (!adapter) return null;
  try {
    const context = adapter.read(doc, url);
    // The adapter's output is checked against the schema rather than trusted; a miss is null, not a throw.
    if (context === null || isPageContext(context)) return context;
    report(adapter, new Error('context failed the PageContext schema'));
    return null;
  } catch (error) {
    report(adapter, error);
    return null;
  }
}

/** The CRM's own "Call" controls on this page (click-to-dial, call buttons), for the dial gate. */
export function findCallButtons(doc: Document, url: URL): Element[] {
  const adapter = adapterForUrl(url);
  if (!adapter?.callButtonSelector) return [];
  try {
    return all(doc, adapter.callButtonSelector);
  } catch (error) {
    report(adapter, error);
    return [];
  }
}
