/**
 * The PageContext schema (src/shared/domain.ts), checked without zod: importing any runtime value from
 * domain.ts pulls the whole zod build (~90 KB gzip) into the content script, three times its 30 KB budget.
 * validate-context.test.ts proves this agrees with PageContext.parse on random input.
 */
import type { PageContext } from '../../shared/domain';
import { SITES } from '../../shared/domain-values';

// The same tuple the zod schema is built on (domain-values.ts is free of zod, so the content script stays small).
const SITE_NAMES: readonly string[] = SITES;

const KINDS: readonly string[] = ['record', 'thread', 'compose', 'profile'];
const E164 = /^\+[1-9]\d{6,14}$/;
const EXT = /^\d{1,10}$/;
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const optStr = (v: unknown, max: number): boolean => v === undefined || str(v, 1, max);
const optMatch = (v: unknown, re: RegExp): boolean => v === undefined || (typeof v === 'string' && re.test(v));

function isUrl(v: unknown): boolean {
  if (!str(v, 1, 2048)) return false;
  try {
    new URL(String(v).trim());
    return true;
  } catch {
    return false;
  }
}

function isPhone(v: unknown): boolean {
  return (
    isRec(v) &&
    str(v.raw, 1, 100) &&
    optMatch(v.e164, E164) &&
    optMatch(v.ext, EXT) &&
    (v.label === undefined || str(v.label, 0, 60))
  );
}

function isPerson(v: unknown): boolean {
  return v === undefined || (isRec(v) && str(v.name, 1, 200) && optStr(v.title, 200));
}

/** True when value would pass PageContext.parse unchanged. */
export function isPageContext(value: unknown): value is PageContext {
  if (!isRec(value)) return false;
  const { emails, phones } = value;
  return (
    SITE_NAMES.includes(value.site as string) &&
    KINDS.includes(String(value.kind)) &&
    isUrl(value.recordUrl) &&
    optStr(value.recordId, 200) &&
    isPerson(value.person) &&
    optStr(value.company, 200) &&
    Array.isArray(emails) &&
    emails.length <= 20 &&
    emails.every((e) => typeof e === 'string' && e.length <= 320 && EMAIL.test(e)) &&
    Array.isArray(phones) &&
    phones.length <= 20 &&
    phones.every(isPhone)
  );
}
