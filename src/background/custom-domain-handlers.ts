/** Messages of the custom-domains section; the sync itself is pure enough to test in custom-domains.ts. */
import { browser } from '../shared/browser';
import { settingsItem } from '../shared/items';
import { MessageError } from '../shared/message-errors';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { normalizeOrigin, patternOf, syncCustomDomains, wantedMatches, type CustomDomainApis } from './custom-domains';

const apis = (): CustomDomainApis => ({ scripting: browser.scripting, permissions: browser.permissions });

/** Re-syncs the registered script with settings ∩ granted: at startup and on every permission change. */
export async function resyncCustomDomains(): Promise<void> {
  try {
    await syncCustomDomains(apis(), (await settingsItem.get()).customDomains);
  } catch (error) {
    console.warn('Precall could not sync custom CRM domains.', error);
  }
}

async function list(domains: readonly string[], active?: readonly string[]): Promise<ResponseOf<'list-custom-domains'>> {
  const live = active ?? wantedMatches(domains, (await browser.permissions.getAll()).origins ?? []);
  return { domains: domains.map((origin) => ({ origin, active: live.includes(patternOf(origin)) })) };
}

function originFrom(input: string): string {
  const origin = normalizeOrigin(input);
  if (origin === null) throw new MessageError('invalid', 'Enter an https address, like https://crm.example.com.');
  return origin;
}

export const customDomainHandlers = {
  list: async (): Promise<ResponseOf<'list-custom-domains'>> => list((await settingsItem.get()).customDomains),

  /** Called after the page's permissions.request: refuses an origin the browser has not granted. */
  add: async ({ origin: input }: RequestOf<'add-custom-domain'>): Promise<ResponseOf<'add-custom-domain'>> => {
    const origin = originFrom(input);
    if (!(await browser.permissions.contains({ origins: [patternOf(origin)] }))) {
      throw new MessageError('forbidden', `Precall was not allowed to read ${origin}; nothing was added.`);
    }
    const settings = await settingsItem.update((s) =>
      s.customDomains.includes(origin) ? s : { ...s, customDomains: [...s.customDomains, origin] },
    );
    return list(settings.customDomains, await syncCustomDomains(apis(), settings.customDomains));
  },

  /** Stops the script first, then gives the permission back, so nothing runs there in between. */
  remove: async ({ origin: input }: RequestOf<'remove-custom-domain'>): Promise<ResponseOf<'remove-custom-domain'>> => {
    const origin = originFrom(input);
    const settings = await settingsItem.update((s) => ({ ...s, customDomains: s.customDomains.filter((d) => d !== origin) }));
    const active = await syncCustomDomains(apis(), settings.customDomains);
    // A host Precall always has (in the manifest) cannot be removed; the script is already gone, which is what matters.
    await browser.permissions.remove({ origins: [patternOf(origin)] }).catch(() => false);
    return list(settings.customDomains, active);
  },
};
