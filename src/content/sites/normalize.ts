/**
 * Every string scraped from a page passes through here before it leaves an adapter (RELIABILITY promise 13):
 * NFC, no control or bidi characters, no lone surrogates, collapsed whitespace, bounded length.
 */
export { parsePhone } from './parse-phone';

/** Bounds of the PageContext schema in src/shared/domain.ts. */
export const MAX_NAME = 200;
export const MAX_EMAIL = 320;
export const MAX_LABEL = 60;

/**
 * A 1 MB attribute must not cost a 1 MB regex pass per field: only a prefix can survive the bound anyway.
 * ×8 leaves room for whitespace runs and stripped characters that collapse away.
 */
const SCAN_FACTOR = 8;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls and DEL become spaces so "Pat\u0000Doe" stays two words; tabs and newlines are controls too.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidi embeddings/overrides/isolates and marks can reorder what the rep reads (a "Trojan Source" name);
// zero-width space and BOM make equal-looking names unequal.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\uFEFF]/g;
const WHITESPACE = /\s+/g;

/** Drop a trailing high surrogate that a code-unit slice may leave behind. */
function sliceSafe(value: string, max: number): string {
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Normalized, single-line, bounded text; '' for non-strings and for text that is only noise. */
export function cleanText(input: unknown, max: number = MAX_NAME): string {
  if (typeof input !== 'string' || max <= 0) return '';
  let value = input.length > max * SCAN_FACTOR ? input.slice(0, max * SCAN_FACTOR) : input;
  value = value.replace(LONE_SURROGATE, '').replace(CONTROLS, ' ').replace(INVISIBLE, '');
  value = value.normalize('NFC').replace(WHITESPACE, ' ').trim();
  // A few code points (U+0344 …) grow under NFC, so bound, re-normalize and re-check until it holds.
  for (let i = 0; i < 4 && value.length > max; i++) {
    value = sliceSafe(value, max).normalize('NFC').trim();
  }
  return value.length > max ? '' : value;
}

// Same "practical email" pattern zod 4 applies in PageContext, lower-case only because input is lower-cased;
// a copy because importing zod into the content script costs ~90 KB gzip.
const EMAIL = /^(?:[a-z0-9_'+-]+\.)*[a-z0-9_'+-]*[a-z0-9_+-]@(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/;

/** A lower-cased, schema-valid address, or '' when the text is not one. */
export function cleanEmail(input: unknown): string {
  let value = cleanText(input, MAX_EMAIL + 16).toLowerCase();
  if (value.startsWith('mailto:')) value = value.slice(7);
  // "Pat Doe <pat@acme.com>" is how mail clients show a sender.
  const angled = /<([^<>\s]+)>\s*$/.exec(value);
  if (angled?.[1]) value = angled[1];
  value = value.trim();
  return value.length <= MAX_EMAIL && EMAIL.test(value) ? value : '';
}

/** Whether two display names are the same person as far as a page can tell (case and spacing aside). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => cleanText(s).toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
