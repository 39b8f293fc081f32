/**
 * Whether the sidebar page may load in a frame on this page. The browser refuses an extension frame on any page
 * that web_accessible_resources does not match (Chromium shows its error page instead), and then the goal form that
 * releases a held dial can never appear. The gate asks this first and fails open rather than hold a dial it could
 * never release (issue 3.5).
 */

export interface WebAccessibleEntry {
  resources?: string[];
  matches?: string[];
}

/** A match pattern's scheme and host against a URL; the browser ignores a pattern's path for this list. */
function matchesOrigin(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return url.protocol === 'http:' || url.protocol === 'https:';
  const parts = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!parts) return false;
  const scheme = parts[1] ?? '';
  const host = parts[2] ?? '';
  const protocolOk = scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`;
  if (!protocolOk) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

/** A resource path or glob as listed; Firefox's getManifest() returns each with a leading "/" ("/sidebar.html"). */
function listsResource(resource: string, page: string): boolean {
  const path = resource.replace(/^\//, '');
  if (!path.includes('*')) return path === page;
  const glob = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${glob.join('.*')}$`).test(page);
}

export function isSidebarReachable(entries: readonly WebAccessibleEntry[] | undefined, url: URL, page = 'sidebar.html'): boolean {
  return (entries ?? []).some(
    (entry) =>
      (entry.resources ?? []).some((resource) => listsResource(resource, page)) &&
      (entry.matches ?? []).some((pattern) => matchesOrigin(pattern, url)),
  );
}
