/**
 * Turns the one manifest source into a browser's manifest.
 * - the version comes only from package.json;
 * - "$HOSTS" in a match list expands to the supported CRM and webmail hosts (host_permissions), so the list lives once;
 * - the "firefox" block replaces same-named keys for Firefox and is dropped for Chrome.
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
