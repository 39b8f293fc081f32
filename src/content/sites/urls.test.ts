/**
 * Page detection: each adapter claims its own URLs and none of any other adapter's
 * (github-url-detection's pattern). generic matches every web page by design and is checked apart.
 */
import { describe, expect, it } from 'vitest';
import type { Site } from '../../shared/domain';
import { ADAPTERS, adapterForUrl } from './index';

const URLS: Record<Exclude<Site, 'generic'>, string[]> = {
  salesforce: [
    'https://globex-sales.lightning.force.com/lightning/r/Contact/0035g00000Kp2QdAAJ/view',
    'https://initech.lightning.force.com/lightning/r/Lead/00Q5g00000Ab1XyEAJ/view',
    'https://acme--uat.sandbox.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
    'https://umbrella.my.salesforce.com/0015g00000Um8rE',
    'https://na142.salesforce.com/0035g00000HpK9w',
    'https://eu12.salesforce.com/003/o',
  ],
  hubspot: [
    'https://app.hubspot.com/contacts/4412087/record/0-1/95501',
    'https://app-eu1.hubspot.com/contacts/4412087/record/0-2/8830777/',
    'https://app.hubspot.com/contacts/4412087/deal/310092/',
    'https://app-na2.hubspot.com/contacts/4412087/objects/0-1/views/all/list',
  ],
  pipedrive: ['https://saasly.pipedrive.com/person/2817', 'https://saasly.pipedrive.com/deal/1544', 'https://acme-eu.pipedrive.com/persons/list'],
  zoho: [
    'https://crm.zoho.com/crm/org60012345/tab/Contacts/4876876000000412001',
    'https://crm.zoho.eu/crm/org20098765/tab/Leads/112233000000998877',
    'https://crm.zoho.in/crm/tab/Contacts/4876876000000412001',
    'https://crm.zohocloud.ca/crm/org1/tab/Home/begin',
  ],
  dynamics: [
    'https://fabrikam.crm.dynamics.com/main.aspx?appid=7c5d8f2e-1a2b-4c3d-9e8f-0a1b2c3d4e5f&pagetype=entityrecord&etn=contact&id=3b1f2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    'https://analytical.crm11.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d',
    'https://contoso.crm4.dynamics.com/main.aspx?pagetype=entitylist&etn=contact',
  ],
  close: [
    'https://app.close.com/lead/lead_9xKf2LmQ7pRw4TzA1bNc/',
    'https://app.close.com/contact/cont_4Hq9ZkT2vWm1PxLd8aRc/',
    'https://app.close.com/leads/?view=save_Qm3x8Yz1Ab2Cd4Ef',
  ],
  gmail: [
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqLTxTpRCVvbmZWqBfs',
    'https://mail.google.com/mail/u/1/#inbox?compose=new',
    'https://mail.google.com/mail/u/0/#search/pricing',
  ],
  outlook: [
    'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAHy%2BpLTFB0pPpf0jXwJj3Hs%3D',
    'https://outlook.office365.com/mail/inbox',
    'https://outlook.live.com/mail/0/deeplink/compose',
  ],
  linkedin: [
    'https://www.linkedin.com/in/chioma-eze-8b1a2c3/',
    'https://www.linkedin.com/in/bjorn-lindqvist/overlay/contact-info/',
    'https://www.linkedin.com/search/results/people/?keywords=ops',
  ],
  demo: ['http://127.0.0.1:5173/demo/contacts/1042', 'http://localhost:5173/demo/contacts/1043/', 'http://127.0.0.1:41234/demo/contacts'],
};

/** Look-alikes and unrelated pages that no site adapter may claim (generic reads them). */
const NOBODY = [
  'https://evilsalesforce.com/lightning/r/Contact/0035g00000Kp2QdAAJ/view',
  'https://www.salesforce.com/products/sales-cloud/',
  'https://lightning.force.com.attacker.example/lightning/r/Contact/0035g00000Kp2QdAAJ/view',
  'https://hubspot.com/contacts/1/record/0-1/2',
  'https://www.pipedrive.com/en/pricing',
  'https://zoho.com/crm/',
  'https://crm.dynamics.com.evil.example/main.aspx',
  'https://close.com/pricing',
  'https://mail.google.com.evil.example/mail/u/0/',
  'https://outlook.office.com.evil.example/mail/',
  'https://notlinkedin.com/in/someone',
  'https://127.0.0.1:5173/demo/contacts/1042',
  'http://127.0.0.1:5173/other/contacts/1042',
  'https://example.com/contact',
];

describe('matches()', () => {
  const sites = Object.keys(URLS) as (keyof typeof URLS)[];

  it.each(sites)('%s claims its own URLs and no other site adapter claims them', (site) => {
    for (const href of URLS[site]) {
      const url = new URL(href);
      for (const adapter of ADAPTERS) {
        if (adapter.site === 'generic') continue;
        expect(adapter.matches(url), `${adapter.site} on ${href}`).toBe(adapter.site === site);
      }
      expect(adapterForUrl(url)?.site).toBe(site);
    }
  });

  it.each(NOBODY)('only generic reads %s', (href) => {
    expect(adapterForUrl(new URL(href))?.site).toBe('generic');
  });

  it('generic is last and no adapter reads non-web pages', () => {
    expect(ADAPTERS[ADAPTERS.length - 1]?.site).toBe('generic');
    for (const href of ['file:///tmp/page.html', 'chrome://extensions/', 'about:blank', 'data:text/html,hi']) {
      expect(adapterForUrl(new URL(href))).toBeNull();
    }
  });

  it('lists every site exactly once', () => {
    expect(ADAPTERS.map((a) => a.site).sort()).toEqual([...sites, 'generic'].sort());
  });
});
