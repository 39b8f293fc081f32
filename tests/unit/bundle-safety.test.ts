/**
 * No remote code (promise 9): the built bundles contain no eval, no Function constructor, no remote import(), no
 * remote script URLs; every web-accessible resource is behind a dynamic URL (promise 11). Runs on dist/, which
 * `npm test` builds before the unit tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
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

/**
 * The team import's dedicated worker and the options page talk by message events, which only that page and the
 * worker it started from its own bundle can send; no web page and no other extension can reach either end.
 */
const WORKER_CHANNEL = new Set(['options/team/import-worker.ts', 'options/team/prepare-in-workers.ts']);

describe('the source', () => {
  it('listens to no other extension and no page messages (promise 8)', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
    for (const file of files) {
      const code = readFileSync(join('src', file), 'utf8');
      expect(code, file).not.toMatch(/onMessageExternal|onConnectExternal/);
      expect(code, file).not.toMatch(/addEventListener\(\s*['"]message['"]/);
      if (!WORKER_CHANNEL.has(file.split(sep).join('/'))) expect(code, file).not.toMatch(/\bonmessage\s*=/);
    }
  });

  it('starts only the team-import worker, from the extension’s own bundle', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
    const starting = files.filter((file) => /new\s+(Shared)?Worker\s*\(/.test(readFileSync(join('src', file), 'utf8')));
    expect(starting.map((file) => file.split(sep).join('/'))).toEqual(['options/team/prepare-in-workers.ts']);
    expect(readFileSync(join('src', 'options/team/prepare-in-workers.ts'), 'utf8')).toMatch(/new Worker\(WORKER_URL\)/);
  });
});
