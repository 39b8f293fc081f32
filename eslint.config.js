// One linter: ESLint with typescript-eslint. It carries the project's own safety rules (context boundaries, no HTML
// sinks, no network, no eval), which a formatter-only tool cannot; formatting is left to editors' defaults.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CONTEXTS = ['background', 'content', 'sidebar', 'options'];
const otherContexts = (self) => CONTEXTS.filter((name) => name !== self).join('|');
const POLYFILL = { name: 'webextension-polyfill', message: 'Import { browser } from src/shared/browser.ts.' };
const boundary = (banned, message) => ({
  'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: [{ regex: `(^|/)(${banned})(/|$)`, message }] }],
});

/** Page text is data (promise 12): no API that parses a string as HTML. */
const HTML_SINKS = [
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text with textContent or JSX, never innerHTML/outerHTML (promise 12).' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses HTML; build nodes instead (promise 12).' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is banned (promise 12).' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned (promise 12).' },
  { selector: "CallExpression[callee.property.name='sendBeacon']", message: 'No network from the extension (promise 23).' },
];
/** Zero network (promise 23): if a team endpoint is ever added, it lives in one module exempted below. */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Precall makes no network requests (promise 23).',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __DEV__: 'readonly', __BROWSER__: 'readonly' } },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...NETWORK_GLOBALS,
        { name: 'chrome', message: 'Use { browser } from src/shared/browser.ts (one import, both browsers).' },
      ],
    },
  },
  // Contexts import only shared/ and coach/, never each other (STYLE: the house).
  ...CONTEXTS.map((name) => ({
    files: [`src/${name}/**`],
    rules: boundary(otherContexts(name), `src/${name} may import only from shared/ and coach/.`),
  })),
  { files: ['src/shared/**'], rules: boundary(CONTEXTS.join('|'), 'shared/ is imported by every context and imports none of them.') },
  { files: ['src/shared/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/coach/**'],
    rules: boundary(`${CONTEXTS.join('|')}|browser`, 'coach/ is pure logic: no contexts, no browser APIs.'),
  },
);
