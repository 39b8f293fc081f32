/**
 * The team's JSON export: a versioned envelope around call records. Import never trusts a file: size is
 * checked before decoding, bytes must be UTF-8, keys like "__proto__" and unknown keys are refused, and every
 * error names the file, the call (1-based, as a person counts) and the field (promise 21).
 */
import * as z from 'zod';
import { CallRecord, Rep } from '../call-record';
import { deepEqual } from './deep-equal';
import { deepStrict } from './deep-strict';
import { isPlainCallsExport } from './fast-calls-export';
import { findUnsafeKey, type JsonPath } from './find-unsafe-key';

export const CALLS_EXPORT_FORMAT = 'precall.calls';
export const CALLS_EXPORT_VERSION = 1;
/**
 * Larger files are refused before decoding, so a bad file cannot exhaust memory. 90 MB: one rep's 100,000 calls
 * with notes export to ~54 MB and must import, while promise 21's 100 MB file must be refused.
 */
export const MAX_EXPORT_BYTES = 90 * 1024 * 1024;

export const CallsExport = z.strictObject({
  format: z.literal(CALLS_EXPORT_FORMAT),
  version: z.literal(CALLS_EXPORT_VERSION),
  exportedAt: z.number().int().nonnegative(),
  rep: deepStrict(Rep),
  calls: z.array(deepStrict(CallRecord)),
});
export type CallsExport = z.infer<typeof CallsExport>;

export type ParseExportResult = { ok: true; file: CallsExport } | { ok: false; error: string };

export function exportCallsJson(calls: readonly CallRecord[], rep: Rep, now: number): string {
  const file: CallsExport = {
    format: CALLS_EXPORT_FORMAT,
    version: CALLS_EXPORT_VERSION,
    exportedAt: now,
    rep,
    calls: [...calls],
  };
  return JSON.stringify(file);
}

/** UTF-8 size of a string without encoding it: a 90 MB check must not allocate 90 MB. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
    if (bytes > MAX_EXPORT_BYTES) break;
  }
  return bytes;
}

/** "call 3, field context.recordUrl" for paths inside calls, "field rep.name" elsewhere. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path[0] === 'calls' && typeof path[1] === 'number') {
    const field = path.slice(2).map(String).join('.');
    return `call ${path[1] + 1}, field ${field === '' ? '(the call itself)' : field}`;
  }
  return `field ${path.length === 0 ? '(top level)' : path.map(String).join('.')}`;
}

function decode(input: string | Uint8Array): { text: string } | { error: string } {
  const size = typeof input === 'string' ? utf8Length(input) : input.byteLength;
  if (size > MAX_EXPORT_BYTES) return { error: `larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MB` };
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, '') };
  try {
    // fatal: a broken byte is an error, not a silent U+FFFD in someone's notes. The decoder drops a BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

function checkEnvelope(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a Precall export (expected an object)';
  const { format, version } = value as Record<string, unknown>;
  if (format !== CALLS_EXPORT_FORMAT) return `field format: not a Precall calls export (format ${format === undefined ? 'missing' : JSON.stringify(format)})`;
  if (typeof version === 'number' && version > CALLS_EXPORT_VERSION) {
    return `field version: version ${version} is newer than this Precall reads (${CALLS_EXPORT_VERSION}); update Precall`;
  }
  return null;
}

function firstZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid file';
  let path: JsonPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    // Name the offending key itself, so the reader can find it in the file.
    path = [...path, issue.keys[0] ?? '?'];
    message = `unknown key (${issue.keys.map((k) => JSON.stringify(k)).join(', ')})`;
  }
  return `${describePath(path)}: ${message}`;
}

function findConflictingDuplicate(calls: readonly CallRecord[]): string | null {
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i] as CallRecord;
    const seen = firstIndex.get(call.id);
    if (seen === undefined) firstIndex.set(call.id, i);
    else if (!deepEqual(calls[seen], call)) {
      return `call ${i + 1}, field id: id ${call.id} is also call ${seen + 1} with different content`;
    }
  }
  return null;
}

/**
 * The full check, with messages: forbidden keys and nesting, the envelope, then zod. parseCallsExport runs it only
 * when the fast check (fast-calls-export.ts) cannot vouch for the file; a value that passes the fast check has only
 * schema keys, so it holds no forbidden key and nests no deeper than the schema.
 */
function validate(value: unknown): CallsExport | string {
  const unsafe = findUnsafeKey(value);
  if (unsafe !== null) return `${describePath(unsafe.path)}: ${unsafe.reason}`;
  const envelope = checkEnvelope(value);
  if (envelope !== null) return envelope;
  const parsed = CallsExport.safeParse(value);
  return parsed.success ? parsed.data : firstZodError(parsed.error);
}

export function parseCallsExport(input: string | Uint8Array, fileName: string): ParseExportResult {
  const fail = (error: string): ParseExportResult => ({ ok: false, error: `${fileName}: ${error}` });
  const decoded = decode(input);
  if ('error' in decoded) return fail(decoded.error);
  if (decoded.text.trim() === '') return fail('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const file = isPlainCallsExport(value) ? (value as CallsExport) : validate(value);
  if (typeof file === 'string') return fail(file);
  const duplicate = findConflictingDuplicate(file.calls);
  if (duplicate !== null) return fail(duplicate);
  return { ok: true, file };
}
