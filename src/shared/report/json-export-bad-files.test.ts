/**
 * Promise 21: each kind of bad file is rejected with a message naming the file, and the call (1-based)
 * and field when the problem lies inside one. Cases mutate a valid export, so each breaks exactly one thing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CallRecord } from '../call-record';
import { exportCallsJson, MAX_EXPORT_BYTES, parseCallsExport } from './json-export';
import { ANN, BOB, goal, makeCall, testId } from './make-call';

const FILE = 'team-ann.json';
const full = makeCall({
  n: 2,
  rep: { ...BOB },
  goal: goal('learn'),
  questions: [{ text: 'What changed?' }],
  context: { person: { name: 'Dana' }, emails: ['dana@acme.com'] },
  dial: { status: 'dialed', at: 5 },
  outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: [], learned: '', nextStep: { text: 'demo', due: 9 }, loggedAt: 7 },
});
const calls: CallRecord[] = [makeCall({ n: 1 }), full];
const validText = exportCallsJson(calls, ANN, 1_000);
type Json = Record<string, unknown> & { calls: Record<string, unknown>[]; rep: Record<string, unknown> };
/** A fresh deep copy of the valid file to break. */
const valid = (): Json => JSON.parse(validText) as Json;
const mutate = (change: (f: Json) => unknown): string => {
  const file = valid();
  change(file);
  return JSON.stringify(file);
};
/** The parent object of `path` in untyped JSON, walking plain objects and arrays. */
function parentOf(file: Json, path: (string | number)[]): Record<string | number, unknown> {
  let node: unknown = file;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown>;
}
/** The valid file with one value set (or, for `undefined`, deleted) at a path. */
const put = (path: (string | number)[], value: unknown): string =>
  mutate((f) => {
    const key = path[path.length - 1] as string | number;
    if (value === undefined) delete parentOf(f, path)[key];
    else parentOf(f, path)[key] = value;
  });
const drop = (path: (string | number)[]): string => put(path, undefined);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** [kind of bad file, input, text the error must contain after the file name] */
const BAD_FILES: [string, string | Uint8Array, string][] = [
  ['empty file', '', 'the file is empty'],
  ['whitespace only', ' \r\n\t', 'the file is empty'],
  ['truncated JSON', validText.slice(0, validText.length / 2), 'not valid JSON'],
  ['trailing garbage', `${validText}}`, 'not valid JSON'],
  ['invalid UTF-8 byte', new Uint8Array([0x7b, 0xff, 0x7d]), 'not valid UTF-8'],
  ['UTF-8 cut mid-character', bytes('{"x":"é').slice(0, -1), 'not valid UTF-8'],
  ['over 90 MB as bytes', new Uint8Array(MAX_EXPORT_BYTES + 1), 'larger than 90 MB'],
  ['over 90 MB as text', ' '.repeat(MAX_EXPORT_BYTES + 1), 'larger than 90 MB'],
  ['over 90 MB only once UTF-8 encoded', '€'.repeat(MAX_EXPORT_BYTES / 3 + 1), 'larger than 90 MB'],
  ['a 100 MB file (promise 21)', new Uint8Array(100 * 1024 * 1024), 'larger than 90 MB'],
  ['top level is an array', '[]', 'expected an object'],
  ['top level is null', 'null', 'expected an object'],
  ['wrong format', mutate((f) => (f.format = 'precall.contacts')), 'field format: not a Precall calls export'],
  ['missing format', mutate((f) => delete f.format), 'field format'],
  ['newer version', mutate((f) => (f.version = 2)), 'field version: version 2 is newer'],
  ['version as text', mutate((f) => (f.version = '1')), 'field version'],
  ['version 0', mutate((f) => (f.version = 0)), 'field version'],
  ['missing exportedAt', mutate((f) => delete f.exportedAt), 'field exportedAt'],
  ['unknown top-level key', mutate((f) => (f.extra = 1)), 'field extra: unknown key'],
  ['unknown key in rep', mutate((f) => (f.rep.email = 'a@b.c')), 'field rep.email: unknown key'],
  ['unknown key in a call', put(['calls', 1, 'mood'], 'good'), 'call 2, field mood: unknown key'],
  ['unknown key in context', put(['calls', 0, 'context', 'html'], '<b>'), 'call 1, field context.html: unknown key'],
  ['unknown key in person', put(['calls', 1, 'context', 'person', 'nick'], 'D'), 'call 2, field context.person.nick'],
  ['unknown key in next step', put(['calls', 1, 'outcome', 'nextStep', 'owner'], 'me'), 'call 2, field outcome.nextStep.owner'],
  ['unknown key in a question', put(['calls', 1, 'questions', 0, 'score'], 3), 'call 2, field questions.0.score'],
  ['__proto__ at top level', validText.replace('{', '{"__proto__":{"polluted":true},'), 'field __proto__: forbidden key'],
  ['__proto__ in a call', validText.replace('{"id"', '{"__proto__":{"polluted":true},"id"'), 'call 1, field __proto__: forbidden key'],
  ['constructor in a goal', put(['calls', 1, 'goal', 'constructor'], { prototype: { polluted: true } }), 'call 2, field goal.constructor: forbidden key'],
  ['prototype in context', put(['calls', 0, 'context', 'prototype'], {}), 'call 1, field context.prototype: forbidden key'],
  ['calls is null', mutate((f) => ((f as Record<string, unknown>).calls = null)), 'field calls'],
  ['calls is an object', mutate((f) => ((f as Record<string, unknown>).calls = { 0: calls[0] })), 'field calls'],
  ['calls nested in an array', mutate((f) => ((f as Record<string, unknown>).calls = [f.calls])), 'call 1, field (the call itself)'],
  ['a call is null', mutate((f) => ((f.calls as unknown[])[1] = null)), 'call 2, field (the call itself)'],
  ['missing id', drop(['calls', 0, 'id']), 'call 1, field id'],
  ['missing rep', drop(['calls', 1, 'rep']), 'call 2, field rep'],
  ['missing outcome.learned', drop(['calls', 1, 'outcome', 'learned']), 'call 2, field outcome.learned'],
  ['date as text', put(['calls', 0, 'createdAt'], '2026-11-16'), 'call 1, field createdAt'],
  ['negative date', put(['calls', 0, 'updatedAt'], -5), 'call 1, field updatedAt'],
  ['fractional date', put(['calls', 1, 'outcome', 'loggedAt'], 1.5), 'call 2, field outcome.loggedAt'],
  ['infinite date', validText.replace('"exportedAt":1000', '"exportedAt":1e400'), 'field exportedAt'],
  ['bad uuid', put(['calls', 1, 'id'], 'not-a-uuid'), 'call 2, field id'],
  ['goal text too long', put(['calls', 1, 'goal', 'outcome'], 'x'.repeat(301)), 'call 2, field goal.outcome'],
  ['goal text blank', put(['calls', 1, 'goal', 'outcome'], '   '), 'call 2, field goal.outcome'],
  ['unknown stage', put(['calls', 0, 'stage'], 'closing'), 'call 1, field stage'],
  ['bad record URL', put(['calls', 0, 'context', 'recordUrl'], 'not a url'), 'call 1, field context.recordUrl'],
  ['bad email', put(['calls', 1, 'context', 'emails'], ['nope']), 'call 2, field context.emails.0'],
  ['too many questions', put(['calls', 1, 'questions'], Array(21).fill({ text: 'q' })), 'call 2, field questions'],
  ['conflicting duplicate ids', mutate((f) => f.calls.push({ ...f.calls[0], stage: 'stalled' })), `call 3, field id: id ${testId(1)} is also call 1`],
  ['nesting too deep', mutate((f) => (f.extra = JSON.parse('['.repeat(100) + ']'.repeat(100)))), 'nested deeper than 32'],
  ['pathologically deep nesting', `{"calls":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'team-ann.json: '],
];

describe('parseCallsExport rejects bad files', () => {
  afterAll(() => {
    // Nothing any case did may leak into every object in the realm.
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('covers at least 30 kinds of bad file', () => expect(BAD_FILES.length).toBeGreaterThanOrEqual(30));

  it.each(BAD_FILES)('%s', (_kind, input, message) => {
    const result = parseCallsExport(input, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.startsWith(`${FILE}: `)).toBe(true);
    expect(result.error).toContain(message);
  });
});

describe('parseCallsExport accepts', () => {
  it.each([
    ['a BOM-prefixed text', `\uFEFF${validText}`],
    ['BOM-prefixed UTF-8 bytes', bytes(`\uFEFF${validText}`)],
    ['an export with no calls', exportCallsJson([], ANN, 0)],
    ['the same call twice with the same content', mutate((f) => f.calls.push({ ...f.calls[1] }))],
  ])('%s', (_kind, input) => {
    const result = parseCallsExport(input, FILE);
    expect(result).toMatchObject({ ok: true });
  });

  it('gives back exactly what was exported', () => {
    expect(parseCallsExport(validText, FILE)).toStrictEqual({
      ok: true,
      file: { format: 'precall.calls', version: 1, exportedAt: 1_000, rep: ANN, calls },
    });
  });
});
