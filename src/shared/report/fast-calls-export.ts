/**
 * A hand-written check of the calls export (CallsExport: the envelope and every strict CallRecord), run before zod.
 * Why: the extension's CSP forbids `new Function`, so zod 4 runs its slow interpreted path in the extension, and
 * validating 100,000 imported calls took seconds. This check is ~20× faster and only ever says "certainly valid":
 * it accepts a value only when zod accepts it AND zod's output deep-equals the input (no trim, no URL clean-up
 * changes anything), so on success the parsed JSON is used as it is. Anything else (false) goes to zod, which has
 * the final word and names file, call and field. fast-calls-export.test.ts proves both halves with fast-check.
 * Keep in step with call-record.ts and domain.ts: a field added there and not here only costs speed (zod runs).
 */
import * as z from 'zod';
import { GATE_MODES, GOAL_MET, REACHED } from '../call-options';
import { GOAL_TYPES, SITES, STAGES, THEMES } from '../domain-values';
import { CALLS_EXPORT_FORMAT, CALLS_EXPORT_VERSION } from './json-export';

type Check = (value: unknown) => boolean;
type Shape = Record<string, Check>;

const UUID = z.regexes.uuid();
const EMAIL = z.regexes.email;
const E164 = /^\+[1-9]\d{6,14}$/;
const EXT = /^\d{1,10}$/;
const TAB_OR_NEWLINE = /[\t\n\r]/;

const str = (min: number, max: number): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max;
/** zod's `.trim().min().max()`: only strings trim leaves as they are, so the output equals the input. */
const trimmed = (min: number, max: number): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max && v === v.trim();
const matching = (re: RegExp, max = Infinity): Check => (v) => typeof v === 'string' && v.length <= max && re.test(v);
const time: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (v) => set.has(v);
};
/** A loop, not `every`: `every` skips holes, where zod sees undefined. */
const arrayOf = (item: Check, max = Infinity): Check => (v) => {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
};

function parses(text: string): boolean {
  if (typeof URL.canParse === 'function') return URL.canParse(text);
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A rep calls the same records again and again, so most URLs in a file repeat, and parsing each one was a twentieth
 * of checking a file. The answer depends on the text alone; the cache is bounded so a file of unique URLs cannot grow it.
 */
const parsedUrls = new Map<string, boolean>();
const URL_CACHE_LIMIT = 10_000;

function canParseUrl(text: string): boolean {
  let known = parsedUrls.get(text);
  if (known === undefined) {
    known = parses(text);
    if (parsedUrls.size >= URL_CACHE_LIMIT) parsedUrls.clear();
    parsedUrls.set(text, known);
  }
  return known;
}

/** zod's `.url()` trims and drops tabs and newlines; only a URL those leave unchanged is accepted here. */
const url = (max: number): Check => (v) => typeof v === 'string' && v.length <= max && v === v.trim() && !TAB_OR_NEWLINE.test(v) && canParseUrl(v);

/** A strict object: a plain object (Object.prototype), required keys present, optional ones absent or valid, no other key. */
function object(required: Shape, optional: Shape = {}): Check {
  const req = Object.entries(required);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    // JSON.parse makes plain objects; zod would rebuild any other kind, so the input would not be its output.
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    const record = v as Record<string, unknown>;
    let seen = 0;
    for (const [key, check] of req) {
      if (!Object.prototype.hasOwnProperty.call(record, key) || !check(record[key])) return false;
      seen += 1;
    }
    const keys = Object.keys(record);
    if (keys.length === seen) return true;
    for (const key of keys) {
      if (Object.prototype.hasOwnProperty.call(required, key)) continue;
      const check = Object.prototype.hasOwnProperty.call(optional, key) ? optional[key] : undefined;
      const value = record[key];
      // zod's .optional() takes an explicit undefined (never in JSON) and keeps it.
      if (check === undefined || (value !== undefined && !check(value))) return false;
    }
    return true;
  };
}

const rep = object({ name: str(0, 100), team: str(0, 100) });
const phone = object({ raw: str(1, 100) }, { e164: matching(E164), ext: matching(EXT), label: str(0, 60) });
const context = object(
  { site: oneOf(SITES), kind: oneOf(['record', 'thread', 'compose', 'profile']), recordUrl: url(2048), emails: arrayOf(matching(EMAIL, 320), 20), phones: arrayOf(phone, 20) },
  { recordId: str(1, 200), person: object({ name: str(1, 200) }, { title: str(1, 200) }), company: str(1, 200) },
);
const goal = object({ type: oneOf(GOAL_TYPES), outcome: trimmed(1, 300), successTest: trimmed(1, 300) }, { opener: str(0, 500) });
const question = object({ text: trimmed(1, 500) }, { questionId: str(0, 100), theme: oneOf(THEMES) });
const dial = object({ status: oneOf(['planned', 'dialed', 'without_goal']) }, { at: time, target: str(0, 2048) });
const outcome = object(
  { reached: oneOf(REACHED), questionsAsked: arrayOf(str(0, 500), 50), learned: str(0, 5000), loggedAt: time },
  { goalMet: oneOf(GOAL_MET), nextStep: object({ text: str(1, 500), due: time }), coaching: object({ note: str(0, 2000) }) },
);
const followUp = object({ due: time, status: oneOf(['open', 'done']) }, { doneAt: time, notifiedAt: time, showing: (v) => v === true, snoozedUntil: time });

/** True only when the strict CallRecord schema accepts `value` and returns it unchanged. */
export const isPlainCallRecord: Check = object(
  {
    id: matching(UUID),
    rep,
    context,
    stage: oneOf(STAGES),
    goal: (v) => v === null || goal(v),
    questions: arrayOf(question, 20),
    gateMode: oneOf(GATE_MODES),
    dial,
    createdAt: time,
    updatedAt: time,
  },
  { outcome, followUp, source: object({ file: str(0, 300), importedAt: time }) },
);

/** True only when CallsExport accepts `value` and returns it unchanged; false means "ask zod". */
export const isPlainCallsExport: Check = object({
  format: (v) => v === CALLS_EXPORT_FORMAT,
  version: (v) => v === CALLS_EXPORT_VERSION,
  exportedAt: time,
  rep,
  calls: arrayOf(isPlainCallRecord),
});
