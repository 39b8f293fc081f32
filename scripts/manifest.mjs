/**
 * Turns the one manifest source into a browser's manifest.
 * - the version comes only from package.json;
 * - "$HOSTS" in a match list expands to the supported CRM and webmail hosts (host_permissions), so the list lives once;
 * - the "firefox" block replaces same-named keys for Firefox and is dropped for Chrome.
 *
 * Why web_accessible_resources matches every https page (plus the demo origin) rather than "$HOSTS": a custom CRM
 * domain is granted at run time, and no browser can add a match to web_accessible_resources at run time, so the
 * sidebar frame would be refused there (issue 3.5). What this exposes is small:
 *   - the only listed file is sidebar.html; its script, style and icons load from inside the extension frame, which
 *     needs no listing;
 *   - use_dynamic_url hides it behind a per-session random URL that only our content script learns and keeps in a
 *     closed shadow root, so a page cannot fetch, frame or fingerprint it (promise 11); Firefox ignores the key but
 *     gives every install its own random moz-extension UUID, kept out of the page's reach the same way;
 *   - it is not a permission: nothing new is asked of the user (the permission snapshot test is unchanged);
 *   - a page cannot script the frame (another origin), and the frame shows only what our content script reported,
 *     which runs only on the CRM hosts and granted domains.
 * Pure: the caller reads and writes files.
 */

/** @typedef {'chrome' | 'firefox'} Target */

/**
 * @param {Record<string, any>} source the parsed manifest.json
 * @param {{ target: Target, version: string }} options
 * @returns {Record<string, any>}
 */
export function buildManifest(source, { target, version }) {
  if (target !== 'chrome' && target !== 'firefox') throw new Error(`Unknown target: ${target}`);
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`Version must be 1 to 4 dot-separated integers, got "${version}"`);
  const { firefox: firefoxKeys = {}, ...common } = structuredClone(source);
  const manifest = target === 'firefox' ? { ...common, ...firefoxKeys } : common;
  manifest.version = version;
  const hosts = manifest.host_permissions ?? [];
  manifest.content_scripts = (manifest.content_scripts ?? []).map((script) => ({ ...script, matches: expandHosts(script.matches, hosts) }));
  manifest.web_accessible_resources = (manifest.web_accessible_resources ?? []).map((entry) => ({
    ...entry,
    matches: expandHosts(entry.matches, hosts),
  }));
  return manifest;
}

/** @param {string[]} matches @param {string[]} hosts */
function expandHosts(matches, hosts) {
  return matches.flatMap((match) => (match === '$HOSTS' ? hosts : [match]));
}
