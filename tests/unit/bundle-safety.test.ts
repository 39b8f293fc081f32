/**
 * No remote code (promise 9): the built bundles contain no eval, no Function constructor, no remote import(), no
 * remote script URLs; every web-accessible resource is behind a dynamic URL (promise 11). Runs on dist/, which
 * `npm test` builds before the unit tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TARGETS = ['chrome', 'firefox'];

function bundles(target: string): [string, string][] {
  const dir = join('dist', target);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`node build.mjs\` first (npm test does).`);
  return readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.html')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

describe.each(TARGETS)('the %s build', (target) => {
  it('has no eval, Function constructor, remote import() or remote script', () => {
    for (const [file, code] of bundles(target)) {
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
      expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(code, file).not.toMatch(/\bset(Timeout|Interval)\s*\(\s*["'`]/);
    }
  });

  it('imports no module but its own on-demand content module, by the extension\'s own URL', () => {
    for (const [file, code] of bundles(target)) {
      const imports = [...code.matchAll(/(?<![.\w$])import\(([^()]*(?:\([^()]*\))?)\)/g)].map((match) => match[1]);
      if (file === 'content.js') expect(imports, file).toEqual([expect.stringMatching(/^\w+\.runtime\.getURL\("content-main\.js"\)$/)]);
      else expect(imports, file).toEqual([]);
    }
  });

  it('keeps the default CSP, no external connections, and dynamic URLs for web-accessible resources', () => {
    const manifest = JSON.parse(readFileSync(join('dist', target, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    for (const entry of manifest.web_accessible_resources) {
      expect(entry.use_dynamic_url).toBe(true);
      expect(entry.matches).not.toContain('<all_urls>');
      expect(entry.matches).not.toContain('*://*/*');
    }
  });
});

describe('the source', () => {
  it('listens to no other extension and no page messages (promise 8)', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
    for (const file of files) {
      const code = readFileSync(join('src', file), 'utf8');
      expect(code, file).not.toMatch(/onMessageExternal|onConnectExternal/);
      expect(code, file).not.toMatch(/addEventListener\(\s*['"]message['"]/);
      expect(code, file).not.toMatch(/\bonmessage\s*=/);
    }
  });
});
