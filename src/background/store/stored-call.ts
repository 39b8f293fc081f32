/**
 * The shape a call takes inside IndexedDB: the CallRecord plus `_keys`, index fields derived from it.
 * Index keys pair each contact key with createdAt so a lookup can walk one person's calls newest first
 * without reading anyone else's. `_keys` is a cache: it is recomputed on every write and stripped on read.
 */
import type { DBSchema } from 'idb';
import { CallRecord } from '../../shared/call-record';
import type { PageContext } from '../../shared/domain';
import type { TeamDataValue, TeamIndexValue } from '../../shared/team-store';

export interface CallKeys {
  recordKey: [string, number];
  emails: [string, number][];
  phones: [string, number][];
  /** [notified ? 1 : 0, due or snoozedUntil]; present only while the follow-up is open. */
  followUp?: [0 | 1, number];
  /** createdAt of a dialed call that has no outcome yet; absent otherwise. */
  pendingOutcome?: number;
}

export type StoredCall = CallRecord & { _keys: CallKeys };

export interface QuarantineEntry {
  /** The primary key the value was stored under, if it had one. */
  originalKey: IDBValidKey | null;
  value: unknown;
  issues: string;
  at: number;
}

/** Values are `unknown` on purpose: whatever is on disk is parsed before it is believed (STYLE 4). */
export interface CallDbSchema extends DBSchema {
  calls: {
    key: string;
    value: unknown;
    indexes: {
      byCreatedAt: [number, string] | number;
      byRecordKey: [string, number];
      byEmail: [string, number];
      byPhone: [string, number];
      byFollowUpDue: [number, number];
      byPendingOutcome: number;
    };
  };
  meta: { key: string; value: { key: string; value: unknown } };
  quarantine: { key: number; value: QuarantineEntry };
  backup: { key: string; value: { key: string; snapshot: unknown } };
  teamIndex: { key: number; value: TeamIndexValue };
  teamData: { key: number; value: TeamDataValue };
}

// Tracking parameters change between visits to the same record; they must not split a contact's history.
const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_)/;

export function normalizeUrl(raw: string): string {
  const url = new URL(raw);
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const path = url.pathname.replace(/\/+$/, '');
  // The hash stays: Gmail and some CRMs put the thread or record id there.
  return `${url.origin}${path}${url.search}${url.hash}`;
}

/** Matches this record page across visits: the CRM's own id when known, else its normalized URL. */
export function recordKeyOf(context: PageContext): string {
  return context.recordId ? `${context.site}:id:${context.recordId}` : `${context.site}:url:${normalizeUrl(context.recordUrl)}`;
}

export function emailKeysOf(context: PageContext): string[] {
  return [...new Set(context.emails.map((email) => email.trim().toLowerCase()))];
}

// Fewer than 7 digits is an extension or a fragment; matching on it would merge strangers' histories.
const MIN_PHONE_DIGITS = 7;

// The extension is part of the key: "+1 415 555 0100 ext. 204" is one person's line, the bare number a switchboard.
export function phoneKeysOf(context: PageContext): string[] {
  const keys = context.phones
    .filter((phone) => (phone.e164 ?? phone.raw).replace(/\D/g, '').length >= MIN_PHONE_DIGITS)
    .map((phone) => `${phone.e164 ?? phone.raw.replace(/\D/g, '')}${phone.ext ? `;ext=${phone.ext}` : ''}`);
  return [...new Set(keys)];
}

export function deriveKeys(record: CallRecord): CallKeys {
  const at = record.createdAt;
  const keys: CallKeys = {
    recordKey: [recordKeyOf(record.context), at],
    emails: emailKeysOf(record.context).map((key): [string, number] => [key, at]),
    phones: phoneKeysOf(record.context).map((key): [string, number] => [key, at]),
  };
  const followUp = record.followUp;
  if (followUp?.status === 'open') {
    keys.followUp = [followUp.notifiedAt === undefined ? 0 : 1, followUp.snoozedUntil ?? followUp.due];
  }
  if (record.dial.status !== 'planned' && record.outcome === undefined) keys.pendingOutcome = at;
  return keys;
}

export function toStored(record: CallRecord): StoredCall {
  return { ...record, _keys: deriveKeys(record) };
}

export type ParsedCall = { ok: true; record: CallRecord } | { ok: false; issues: string };

/** zod objects drop unknown keys, so parsing also strips `_keys`. */
export function fromStored(value: unknown): ParsedCall {
  const parsed = CallRecord.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  return { ok: false, issues };
}
