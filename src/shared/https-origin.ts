/** Custom CRM domains are whole https origins: what the options page accepts and the background re-checks. */

/** "https://crm.example.com" from what a rep types ("crm.example.com", "https://crm.example.com/app"); null otherwise. */
export function normalizeOrigin(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  if (url.hostname.includes('*')) return null;
  return url.origin;
}
