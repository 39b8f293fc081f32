// @vitest-environment jsdom
/**
 * Every saved page in tests/fixtures/<site>/ is loaded at the URL it lives at and read with readContext;
 * the result must equal <name>.expected.json exactly (null for list views, inboxes, directories …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageContext } from '../../shared/domain';
import { findCallButtons, readContext } from './index';

const ROOT = join(__dirname, '../../../tests/fixtures');

/** jsdom ships no types and @types/jsdom is not a dependency; this is the one constructor used here. */
type JSDOMConstructor = new (html: string, options: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JSDOMConstructor };

interface Expected {
  url: string;
  context: unknown;
  /** How many CRM call controls the page shows, when the fixture asserts it. */
  callButtons?: number;
}

function fixtures(): { site: string; name: string; html: string; expected: Expected }[] {
  const out: { site: string; name: string; html: string; expected: Expected }[] = [];
  for (const site of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, site);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.html')) continue;
      const name = file.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      out.push({ site, name, html: readFileSync(join(dir, file), 'utf8'), expected });
    }
  }
  return out;
}

const ALL = fixtures();

describe('saved pages', () => {
  it('has at least two positive fixtures per site', () => {
    const sites = new Set(ALL.map((f) => f.site));
    for (const site of sites) {
      expect(ALL.filter((f) => f.site === site && f.expected.context !== null).length, site).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(ALL.map((f) => [`${f.site}/${f.name}`, f] as const))('%s', (_label, fixture) => {
    const url = new URL(fixture.expected.url);
    const dom = new JSDOM(fixture.html, { url: url.href });
    const context = readContext(dom.window.document, url);
    expect(context).toEqual(fixture.expected.context);
    if (context !== null) expect(PageContext.parse(context)).toEqual(context);
    if (fixture.expected.callButtons !== undefined) {
      expect(findCallButtons(dom.window.document, url)).toHaveLength(fixture.expected.callButtons);
    }
  });
});
