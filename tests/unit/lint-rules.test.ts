/**
 * The project's safety rules live in eslint.config.js. These tests lint small snippets as if they were files in each
 * folder, so removing or weakening a rule fails the suite, not just a future review.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint rules', () => {
  it('keeps contexts from importing each other', async () => {
    expect(await ruleIds("import { startDialGate } from '../content/dial-gate';\nexport const x = startDialGate;\n", 'src/sidebar/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { handlers } from '../background/handlers';\nexport const x = handlers;\n", 'src/options/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { App } from '../sidebar/app';\nexport const x = App;\n", 'src/shared/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { lintGoal } from '../coach';\nexport const x = lintGoal;\n", 'src/sidebar/x.ts')).toEqual([]);
  });

  it('keeps the coach free of browser APIs and the polyfill in one file', async () => {
    expect(await ruleIds("import { browser } from '../shared/browser';\nexport const x = browser;\n", 'src/coach/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import browser from 'webextension-polyfill';\nexport const x = browser;\n", 'src/background/x.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("export const x = chrome.runtime.id;\n", 'src/background/x.ts')).toContain('no-restricted-globals');
  });

  it('bans HTML sinks everywhere (promise 12)', async () => {
    for (const code of [
      'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }\n',
      'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }\n',
      "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }\n",
      'export function f(s: string) { document.write(s); }\n',
    ]) {
      expect(await ruleIds(code, 'src/content/x.ts')).toContain('no-restricted-syntax');
    }
    expect(await ruleIds('export const X = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;\n', 'src/sidebar/x.tsx')).toContain('no-restricted-syntax');
  });

  it('bans network and eval in the extension (promises 9, 23)', async () => {
    expect(await ruleIds("export const r = fetch('https://example.com');\n", 'src/background/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds("export const w = new WebSocket('wss://example.com');\n", 'src/sidebar/x.ts')).toContain('no-restricted-globals');
    expect(await ruleIds("export const v = eval('1');\n", 'src/shared/x.ts')).toContain('no-eval');
    expect(await ruleIds("export const f = new Function('return 1');\n", 'src/shared/x.ts')).toContain('no-new-func');
  });
});
