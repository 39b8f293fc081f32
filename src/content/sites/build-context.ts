/**
 * Adapters describe what they saw in a loose draft; this turns it into a PageContext that is normalized,
 * deduplicated, bounded, and never about the signed-in user.
 */
import type { PageContext, PhoneNumber, Site } from '../../shared/domain';
import { cleanEmail, cleanText, sameName } from './normalize';
import { parsePhone, type Region } from './parse-phone';

/** A phone as seen: its visible text, its tel: target when it is a link, and the page's label for it. */
export interface RawPhone {
  raw: string;
  dial?: string;
  label?: string;
}

export interface Draft {
  site: Site;
  kind: PageContext['kind'];
  url: URL;
  recordId?: string;
  name?: string;
  title?: string;
  company?: string;
  emails?: readonly string[];
  phones?: readonly RawPhone[];
  /** The signed-in user as the page shows them: never returned as the contact. */
  self?: { emails?: readonly string[]; names?: readonly string[] };
  region?: Region;
}

const MAX_ITEMS = 20;
const MAX_URL = 2048;

function recordUrl(url: URL): string | undefined {
  if (url.href.length <= MAX_URL) return url.href;
  // A huge query or fragment is tracking noise; the path still leads back to the record.
  const short = url.origin + url.pathname;
  return short.length <= MAX_URL ? short : undefined;
}

function uniqueEmails(raw: readonly string[], self: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const item of raw) {
    const email = cleanEmail(item);
    if (email && !self.has(email) && !out.includes(email) && out.length < MAX_ITEMS) out[out.length] = email;
  }
  return out;
}

/** Shown text for display; the tel: target, when there is one, decides the number (text may be truncated). */
function readPhone(item: RawPhone, region: Region): PhoneNumber | null {
  const shown = parsePhone(item.raw, item.label, region);
  const dialed = item.dial ? parsePhone(item.dial, item.label, region) : null;
  if (!shown || !dialed) return shown ?? dialed;
  const phone: PhoneNumber = { raw: shown.raw };
  const e164 = dialed.e164 ?? shown.e164;
  const ext = dialed.e164 ? dialed.ext : shown.ext;
  if (e164) phone.e164 = e164;
  if (ext) phone.ext = ext;
  if (shown.label) phone.label = shown.label;
  return phone;
}

function uniquePhones(raw: readonly RawPhone[], region: Region): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  const seen: string[] = [];
  for (const item of raw) {
    const phone = readPhone(item, region);
    if (!phone || out.length >= MAX_ITEMS) continue;
    // The same number often appears as a field and as a tel: link; the first (labelled) sighting wins.
    const key = (phone.e164 ?? phone.raw.replace(/\D/g, '')) + (phone.ext ? `x${phone.ext}` : '');
    if (seen.includes(key)) continue;
    seen[seen.length] = key;
    out[out.length] = phone;
  }
  return out;
}

/** The finished context, or null when the draft holds nothing about anyone. */
export function buildContext(draft: Draft): PageContext | null {
  const href = recordUrl(draft.url);
  if (!href) return null;
  const self = draft.self ?? {};
  const selfEmails = new Set((self.emails ?? []).map(cleanEmail).filter(Boolean));
  const emails = uniqueEmails(draft.emails ?? [], selfEmails);
  const phones = uniquePhones(draft.phones ?? [], draft.region ?? 'US');
  let name = cleanText(draft.name);
  // Mail clients show a bare address where they have no display name; an address is not a name.
  if (cleanEmail(name)) name = '';
  const isSelf = (self.names ?? []).some((n) => sameName(n, name));
  if (isSelf) name = '';
  const title = name ? cleanText(draft.title) : '';
  const company = cleanText(draft.company);
  const recordId = cleanText(draft.recordId);
  // A page whose only person is the user themself describes no one to call.
  if (isSelf && emails.length === 0) return null;
  if (!name && !company && emails.length === 0 && phones.length === 0) return null;
  const context: PageContext = { site: draft.site, kind: draft.kind, recordUrl: href, emails, phones };
  if (recordId) context.recordId = recordId;
  if (name) context.person = title ? { name, title } : { name };
  if (company) context.company = company;
  return context;
}
