/**
 * Random hostile pages for property tests: random nesting of the tags, classes and attributes the adapters
 * look for, with junk tel:/mailto: links, broken JSON-LD and huge strings, so every adapter's code paths run.
 */
import fc from 'fast-check';

/** One URL per adapter code path: record pages, threads, compose, lists and generic pages. */
export const SAMPLE_URLS = [
  'https://globex.lightning.force.com/lightning/r/Contact/0035g00000Kp2QdAAJ/view',
  'https://globex.lightning.force.com/lightning/r/Account/0015g00000Um8rEAAR/view',
  'https://globex.lightning.force.com/lightning/r/Opportunity/0065g00000StQ3EAAV/view',
  'https://na142.salesforce.com/0035g00000HpK9w',
  'https://app.hubspot.com/contacts/1/record/0-1/2',
  'https://app.hubspot.com/contacts/1/record/0-2/3',
  'https://acme.pipedrive.com/person/1',
  'https://acme.pipedrive.com/deal/1',
  'https://crm.zoho.com/crm/org1/tab/Leads/1234567890',
  'https://x.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=3b1f2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  'https://app.close.com/lead/lead_abcdefgh12345678/',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqLTxTpRCVvbmZWqBfs',
  'https://mail.google.com/mail/u/0/#inbox?compose=new',
  'https://outlook.office.com/mail/inbox/id/AAQkAD',
  'https://www.linkedin.com/in/someone/',
  'http://127.0.0.1:8080/demo/contacts/1',
  'https://example.com/about',
];

const TAGS = ['div', 'span', 'a', 'section', 'article', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'li', 'dl', 'dd', 'dt', 'nav', 'input', 'button', 'main'];

const CLASSES = [
  'vcard', 'h-card', 'fn', 'p-name', 'tel', 'p-tel', 'email', 'org', 'title', 'value', 'gD', 'g2', 'hP', 'adn', 'a3s',
  'gmail_quote', 'oneContent active', 'record', 'record-name', 'record-title', 'record-company', 'field-phone', 'field-email',
  'fields', 'record-header', 'text-heading-xlarge', 'text-body-medium break-words', 'ci-phone', 'ci-email', 't-black',
  'detailList', 'labelCol', 'dataCol', 'pageDescription', 'bPageTitle', 'account-button', 'navAccount-email',
];

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('+1 (415) 555-0100', '555', '+44 (0)20 7946 0958 x12', 'pat@acme.io', 'PAT@ACME.IO', '\u202Eevil\u202C', '\uD800', '%E0%A4%A', '\u0000'),
  fc.constant('x'.repeat(5000)),
);

const attribute: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('class'), fc.constantFrom(...CLASSES)),
  fc.tuple(fc.constant('href'), fc.oneof(junk.map((j) => `tel:${j}`), junk.map((j) => `mailto:${j}`), junk)),
  fc.tuple(fc.constantFrom('data-testid', 'data-test-id', 'data-selenium-test', 'data-zcqa', 'data-id'), fc.constantFrom(
    'header-title', 'person-details', 'deal-person', 'phone-item', 'phone-value', 'phone-label', 'email-value', 'contact-card',
    'contact-name', 'contact-phone', 'contact-phone-number', 'lead-name', 'highlightTitle', 'property-input-phone',
    'association-card-contacts', 'association-card-item', 'association-name', 'detailViewHeaderName', 'detailView_Phone',
    'telephone1.fieldControl-phone-text-input', 'header_title', 'emailaddress1.fieldControl-mail-text-input',
  )),
  fc.tuple(fc.constantFrom('email', 'name', 'title', 'data-hovercard-id', 'aria-label', 'value', 'content', 'alt', 'data-name'), junk),
  fc.tuple(fc.constant('aria-label'), junk.map((j) => `Google Account: ${j} (${j})`)),
  fc.tuple(fc.constantFrom('itemprop'), fc.constantFrom('name', 'telephone', 'email', 'jobTitle', 'worksFor')),
  fc.tuple(fc.constant('itemtype'), fc.constantFrom('https://schema.org/Person', 'https://schema.org/Organization')),
  fc.tuple(fc.constant('itemscope'), fc.constant('')),
  fc.tuple(fc.constant('data-target-selection-name'), fc.constantFrom('sfdc:RecordField.Contact.Phone', 'sfdc:RecordField.Account.Phone', 'sfdc:RecordField.Contact.Email')),
  fc.tuple(fc.constant('role'), fc.constantFrom('dialog', 'menu', 'main', 'form')),
);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const jsonLd = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ '@type': fc.constantFrom('Person', 'Organization', ['Person']), name: junk, telephone: fc.oneof(junk, fc.array(junk)), email: junk }).map((v) => JSON.stringify(v)),
  junk,
).map((body) => `<script type="application/ld+json">${body.replace(/<\//g, '<\\/')}</script>`);

const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junk.map(escape),
    jsonLd,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, children]) => `<${tag} ${attrs.map(([k, v]) => `${k}="${escape(v)}"`).join(' ')}>${children.join('')}</${tag}>`),
  ),
})).node;

/** A whole random page. */
export const randomDocumentHtml = fc.array(element, { maxLength: 8 }).map((parts) => `<!doctype html><html><body>${parts.join('')}</body></html>`);

/**
 * Saved fixture pages with their text, tel:/mailto: targets and person-bearing attributes replaced by junk:
 * the adapters' full paths run on hostile values, which purely random pages rarely reach.
 */
export function mutatedFixture(fixtures: readonly { html: string; url: string }[]): fc.Arbitrary<{ html: string; url: string }> {
  return fc.tuple(fc.constantFrom(...fixtures), fc.array(junk, { minLength: 1, maxLength: 60 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([fixture, values, rate]) => {
    let i = 0;
    // Deterministic per run: replace roughly `rate` of the candidates, cycling through the junk values.
    const next = (original: string): string => {
      i += 1;
      return (i * 0.6180339887) % 1 < rate ? escape(values[i % values.length] ?? '') : original;
    };
    const html = fixture.html
      .replace(/>([^<>]+)</g, (_m, text: string) => `>${next(text)}<`)
      .replace(/href="(tel|mailto):([^"]*)"/g, (_m, scheme: string, target: string) => `href="${scheme}:${next(target)}"`)
      .replace(/ (email|name|title|data-hovercard-id|data-name|value|aria-label|alt|data-contact-id)="([^"]*)"/g, (_m, key: string, value: string) => ` ${key}="${next(value)}"`);
    return { html, url: fixture.url };
  });
}
