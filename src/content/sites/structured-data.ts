/**
 * People and organisations a page describes about itself: schema.org in JSON-LD and microdata, and hCard
 * (microformats 1 and 2). Used by the generic adapter; all of it is page-controlled and bounded here.
 */
import type { RawPhone } from './build-context';
import { all, attr, closest, first, linkTarget, parseJson, text, type Root } from './dom';

export interface Entity {
  type: 'person' | 'org';
  name: string;
  title: string;
  company: string;
  phones: RawPhone[];
  emails: string[];
}

export const STRUCTURED_SELECTORS = {
  /** Scripts, of which the type="application/ld+json" ones are JSON-LD (type is matched in code, see below). */
  jsonLd: 'script[type]',
  /** Microdata items; those whose itemtype is a schema.org Person/Organization/LocalBusiness are read. */
  microItem: '[itemscope][itemtype]',
  /** hCard roots, microformats 1 and 2. */
  hcard: '.vcard, .h-card',
} as const;

const MAX_JSON = 200_000; // a JSON-LD block larger than this is not a contact card
const MAX_ENTITIES = 50; // enough to see that a page is a directory; no need to read the rest
const ORG_TYPES = ['Organization', 'Corporation', 'LocalBusiness', 'Company'];
// Attribute-value selectors ([type="…" i], [itemtype*=…]) cost ~100× a plain [attr] scan in jsdom's engine,
// so values are matched here.
const JSON_LD_TYPE = /^\s*application\/ld\+json\s*$/i;
const MICRO_TYPE = /schema\.org\/(Person|Organization|LocalBusiness)\b/i;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 20) : v === undefined ? [] : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const nameOf = (v: unknown): string => (isObj(v) ? str(v.name) : str(v));

function fromJsonLd(node: Json): Entity | null {
  const types = list(node['@type']).map(str);
  const isPerson = types.includes('Person');
  if (!isPerson && !types.some((t) => ORG_TYPES.includes(t))) return null;
  const given = [str(node.givenName), str(node.familyName)].filter(Boolean).join(' ');
  return {
    type: isPerson ? 'person' : 'org',
    name: str(node.name) || given,
    title: str(node.jobTitle),
    company: nameOf(list(node.worksFor)[0]) || nameOf(node.affiliation),
    phones: list(node.telephone).map((raw) => ({ raw: str(raw) })),
    emails: list(node.email).map(str),
  };
}

/** Top-level items, @graph members and a page's mainEntity; nested authors and publishers are not "the" contact. */
function jsonLdEntities(doc: Document, out: Entity[]): void {
  for (const script of all(doc, STRUCTURED_SELECTORS.jsonLd)) {
    if (!JSON_LD_TYPE.test(attr(script, 'type'))) continue;
    const source = text(script);
    if (source.length > MAX_JSON) continue;
    const data = parseJson(source);
    for (const top of list(data)) {
      if (!isObj(top)) continue;
      for (const node of [top, ...list(top['@graph']), ...list(top.mainEntity)]) {
        const entity = isObj(node) ? fromJsonLd(node) : null;
        if (entity && out.length < MAX_ENTITIES) out[out.length] = entity;
      }
    }
  }
}

/** Values of itemprop=name under an item, skipping nested items' own properties. */
function props(item: Element, name: string): string[] {
  const out: string[] = [];
  for (const el of all(item, `[itemprop~="${name}"]`)) {
    if (closest(el.parentElement ?? el, '[itemscope]') !== item) continue;
    out[out.length] = attr(el, 'content') || linkTarget(el, 'mailto:') || text(el);
  }
  return out;
}

function microdataEntities(doc: Document, out: Entity[]): void {
  for (const item of all(doc, STRUCTURED_SELECTORS.microItem)) {
    if (out.length >= MAX_ENTITIES) return;
    const type = MICRO_TYPE.exec(attr(item, 'itemtype'))?.[1];
    if (!type) continue;
    const isPerson = type.toLowerCase() === 'person';
    const worksFor = first(item, '[itemprop~="worksFor"][itemscope]');
    out[out.length] = {
      type: isPerson ? 'person' : 'org',
      name: props(item, 'name')[0] ?? '',
      title: props(item, 'jobTitle')[0] ?? '',
      company: worksFor ? (props(worksFor, 'name')[0] ?? '') : '',
      phones: props(item, 'telephone').map((raw) => ({ raw })),
      emails: props(item, 'email'),
    };
  }
}

function hcardValue(card: Root, selector: string, scheme?: 'tel:' | 'mailto:'): string[] {
  return all(card, selector).map((el) => (scheme && linkTarget(el, scheme)) || text(first(el, '.value') ?? el));
}

function hcardEntities(doc: Document, out: Entity[]): void {
  for (const card of all(doc, STRUCTURED_SELECTORS.hcard)) {
    if (out.length >= MAX_ENTITIES) return;
    const name = hcardValue(card, '.fn, .p-name')[0] ?? '';
    const org = hcardValue(card, '.org, .p-org')[0] ?? '';
    // An hCard whose formatted name is its organisation describes the company (hCard's own convention).
    const isOrg = name !== '' && name === org;
    out[out.length] = {
      type: isOrg ? 'org' : 'person',
      name,
      title: hcardValue(card, '.title, .p-job-title')[0] ?? '',
      company: org,
      phones: hcardValue(card, '.tel, .p-tel', 'tel:').map((raw) => ({ raw })),
      emails: hcardValue(card, '.email, .u-email', 'mailto:'),
    };
  }
}

/** Every person and organisation the page describes, at most MAX_ENTITIES. */
export function readEntities(doc: Document): Entity[] {
  const out: Entity[] = [];
  jsonLdEntities(doc, out);
  microdataEntities(doc, out);
  hcardEntities(doc, out);
  return out;
}
