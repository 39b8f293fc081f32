/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): the reading pane's
 * other party, or the first recipient of an open compose form. Outlook's class names are generated per
 * build, so selectors use its ARIA labels and the title attribute it puts on every persona (the address).
 */
import { signaturePhones, type SiteAdapter } from './adapter';
import { buildContext } from './build-context';
import { all, attr, first, text, textOf, type Root } from './dom';
import { cleanEmail } from './normalize';
import { CALL_BUTTONS } from './call-buttons';

export const SELECTORS = {
  /** The reading pane, present when a message is open. */
  readingPane: '#ReadingPaneContainerId, [role="main"][aria-label="Reading Pane"]',
  /** One message of the open conversation. */
  message: '[aria-label="Email message"]',
  /** Sender persona of a message: title is the address, text the display name. */
  sender: '[aria-label^="From:"] span[title*="@"]',
  /** Recipients of a message, same persona shape. */
  recipient: '[aria-label^="To:"] span[title*="@"]',
  /** Message body, where signatures put tel: links. */
  body: '[aria-label="Message body"]',
  /** Quoted earlier messages inside a body. */
  quote: 'blockquote, #divRplyFwdMsg, [id^="divRplyFwdMsg"] ~ *',
  /** An open compose form (full page or inline reply). */
  compose: '[role="form"][aria-label="Compose"]',
  /** Recipient chips in the compose form's To well. */
  composeRecipient: 'div[aria-label="To"] span[title*="@"]',
  /** Signed-in user in the Microsoft 365 account manager. */
  selfEmail: '#mectrl_currentAccount_secondary',
  selfName: '#mectrl_currentAccount_primary',
} as const;

/** Outlook has no call control of its own (Teams calling opens elsewhere). */
export const CALL_BUTTON_SELECTOR = CALL_BUTTONS.outlook;

const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

interface Party {
  email: string;
  name: string;
  root: Element | null;
}

function pick(root: Root, selector: string, self: ReadonlySet<string>): Element | undefined {
  return all(root, selector).find((el) => !self.has(cleanEmail(attr(el, 'title'))));
}

/** The latest message not from the user; when the user wrote them all, that message's recipient. */
function otherParty(pane: Element, self: ReadonlySet<string>): Party | null {
  const messages = all(pane, SELECTORS.message);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const sender = message ? pick(message, SELECTORS.sender, self) : undefined;
    if (message && sender) return { email: attr(sender, 'title'), name: text(sender), root: message };
  }
  const to = pick(pane, SELECTORS.recipient, self);
  return to ? { email: attr(to, 'title'), name: text(to), root: null } : null;
}

export const outlook: SiteAdapter = {
  site: 'outlook',
  callButtonSelector: CALL_BUTTON_SELECTOR,
  matches: (url) => HOSTS.includes(url.hostname.toLowerCase()),
  read(doc, url) {
    if (!url.pathname.startsWith('/mail')) return null; // calendar, people, settings
    const self = { emails: [textOf(doc, SELECTORS.selfEmail)], names: [textOf(doc, SELECTORS.selfName)] };
    const selfSet = new Set(self.emails.map(cleanEmail).filter(Boolean));
    const compose = first(doc, SELECTORS.compose);
    const chip = compose ? pick(compose, SELECTORS.composeRecipient, selfSet) : undefined;
    const pane = chip ? null : first(doc, SELECTORS.readingPane);
    const party: Party | null = chip ? { email: attr(chip, 'title'), name: text(chip), root: null } : pane ? otherParty(pane, selfSet) : null;
    if (!party) return null; // message list with nothing open
    // Message ids are the path segment after /id/: /mail/inbox/id/AAQkAD…
    const id = /\/id\/([^/]+)/.exec(url.pathname)?.[1];
    return buildContext({
      site: 'outlook',
      kind: chip ? 'compose' : 'thread',
      url,
      recordId: chip ? undefined : id ? decodeURIComponentSafe(id) : undefined,
      name: party.name,
      emails: [party.email],
      phones: party.root ? signaturePhones(party.root, SELECTORS.body, SELECTORS.quote) : [],
      self,
    });
  },
};

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
