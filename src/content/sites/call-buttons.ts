/**
 * Each site's own "Call" controls, which the dial gate holds like tel: links ('' where the site has none). Kept
 * apart from the adapters so the content script can hold a click on one before the adapters have loaded
 * (content/index.ts): ANY_CALL_BUTTON serves those first moments, the adapter's own selector the rest.
 */
import type { Site } from '../../shared/domain';

export const CALL_BUTTONS = {
  close: '[data-testid="contact-call-button"], [data-testid="lead-call-button"]',
  demo: 'main.record button.call-button',
  dynamics: 'button[data-id*=".fieldControl-phone"]',
  generic: '',
  gmail: '',
  hubspot: '[data-selenium-test="highlight-action-call"], [data-selenium-test="call-button"], [data-test-id="call-button"]',
  linkedin: '',
  outlook: '',
  pipedrive: '[data-testid="caller-button"], [data-testid="phone-item"] a[href^="callto:"]',
  salesforce: 'lightning-click-to-dial, a[onclick*="sendCTIMessage"]',
  zoho: '[data-zcqa^="clickToCall"]',
} as const satisfies Partial<Record<Site, string>>;

export const ANY_CALL_BUTTON = Object.values(CALL_BUTTONS).filter(Boolean).join(', ');
