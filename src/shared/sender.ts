/**
 * Decides who sent a message. The only trust decision in Precall lives here.
 * `sender.id` says the message came from this extension; whether it came from one of our own pages
 * (sidebar, options) or from a content script running inside a web page is decided by the sender's origin,
 * which the browser sets. A content script is never trusted with more than the low-privilege allowlist.
 */
export type SenderKind = 'page' | 'content' | 'untrusted';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'untrusted';
  const origin = sender.origin ?? originOf(sender.url);
  // Firefox leaves `origin` out; the frame URL the browser reports for one of our own pages is our extension origin,
  // which no web page can take, so it is a safe fallback there.
  if (origin === extensionOrigin) return 'page';
  if (sender.tab?.id !== undefined && origin !== undefined && /^https?:\/\//.test(origin)) return 'content';
  return 'untrusted';
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}
