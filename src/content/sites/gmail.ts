/**
 * Gmail (mail.google.com): an open thread gives the other party, a compose window gives its first recipient.
 * Gmail's class names (gD, g2, hP, adn, a3s) are obfuscated but have been stable for a decade; every
 * extension that reads Gmail (Streak, InboxSDK) relies on the same ones.
 */
import type { RawPhone } from './build-context';
import { signaturePhones, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { all, attr, first, text } from './dom';
import { cleanEmail, cleanText } from './normalize';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The open thread's subject: present only in thread view, not in the inbox list. */
  subject: 'h2.hP',
  /** One expanded message of the thread. */
  message: 'div.adn',
  /** The sender of a message: attributes email and name. */
  sender: 'span.gD[email]',
  /** Recipients in a message's expanded header: attributes email and name. */
  recipient: 'span.g2[email]',
  /** Message body, where signatures put tel: links. */
  body: 'div.a3s',
  /** Quoted earlier messages inside a body: their numbers belong to whoever wrote them, often the user. */
  quote: '.gmail_quote, blockquote',
  /** A compose window (pop-out or full screen). */
  compose: 'div[role="dialog"]',
  /** A recipient chip in a compose window; data-hovercard-id holds the address. */
  composeRecipient: '[data-hovercard-id*="@"]',
  /** Signed-in user: the account button, aria-label "Google Account: Name (email)". */
  account: 'a[aria-label*="Google Account"]',
} as const;

/** Gmail has no call control of its own; tel: links are the generic interception's business. */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.gmail;

interface Party {
  email: string;
  name: string;
  phones: RawPhone[];
}

function signedInUser(doc: Document): { emails: string[]; names: string[] } {
  const label = cleanText(attr(first(doc, SELECTORS.account), 'aria-label'), 400);
  const email = /([^\s()<>]+@[^\s()<>]+)/.exec(label)?.[1] ?? '';
  const name = /:\s*([^()]+?)\s*(?:\(|$)/.exec(label)?.[1] ?? '';
  return { emails: [email], names: [name] };
}

/** The latest message not sent by the user gives the other party; if the user wrote them all, the recipient. */
function otherParty(doc: Document, self: ReadonlySet<string>): Party | null {
  const messages = all(doc, SELECTORS.message);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const sender = message ? first(message, SELECTORS.sender) : null;
    if (!message || !sender || self.has(cleanEmail(attr(sender, 'email')))) continue;
    return { email: attr(sender, 'email'), name: attr(sender, 'name') || text(sender), phones: signaturePhones(message, SELECTORS.body, SELECTORS.quote) };
  }
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const to = message ? all(message, SELECTORS.recipient).find((r) => !self.has(cleanEmail(attr(r, 'email')))) : undefined;
    if (to) return { email: attr(to, 'email'), name: attr(to, 'name') || text(to), phones: [] };
  }
  return null;
}

function firstRecipient(dialog: Element, self: ReadonlySet<string>): Party | null {
  for (const chip of all(dialog, SELECTORS.composeRecipient)) {
    const email = attr(chip, 'data-hovercard-id');
    if (self.has(cleanEmail(email))) continue;
    const name = attr(chip, 'data-name') || text(chip);
    // A chip typed as a bare address shows the address itself, which is not a name.
    return { email, name: cleanEmail(name) ? '' : name, phones: [] };
  }
  return null;
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => url.hostname.toLowerCase() === 'mail.google.com',
  read(doc, url) {
    const self = signedInUser(doc);
    const selfSet = new Set(self.emails.map(cleanEmail).filter(Boolean));
    const composing = /[?&]compose=/.test(url.hash) ? first(doc, SELECTORS.compose) : null;
    const isThread = !composing && first(doc, SELECTORS.subject) !== null;
    const party = composing ? firstRecipient(composing, selfSet) : isThread ? otherParty(doc, selfSet) : null;
    if (!party) return null; // inbox, search results, labels, settings
    // Thread ids are the last hash segment: #inbox/FMfcgzQX…
    const threadId = /\/([A-Za-z0-9]{16,})$/.exec(url.hash.split('?')[0] ?? '')?.[1];
    return buildContext({
      site: 'gmail',
      kind: composing ? 'compose' : 'thread',
      url,
      recordId: composing ? undefined : threadId,
      name: party.name,
      emails: [party.email],
      phones: party.phones,
      self,
    });
  },
};
