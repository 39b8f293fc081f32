/**
 * A backup of every call as one self-checking value: what `exportSnapshot` returns, what the
 * `backup` store keeps and what `restoreSnapshot` accepts. The checksum over the canonical calls
 * tells a truncated or bit-rotted backup from a good one, which decideStartup needs (promise 6).
 */
import * as z from 'zod';
import { CallRecord } from '../../shared/call-record';
import { canonicalJson, checksum } from './canonical-json';

export const SNAPSHOT_FORMAT = 'precall-snapshot';

export const Snapshot = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.number().int().positive(),
  takenAt: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  checksum: z.string().regex(/^[0-9a-f]{16}$/),
  calls: z.array(CallRecord),
});
export type Snapshot = z.infer<typeof Snapshot>;

export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; reason: string };

export function buildSnapshot(calls: CallRecord[], schemaVersion: number, takenAt: number): Snapshot {
  return { format: SNAPSHOT_FORMAT, schemaVersion, takenAt, count: calls.length, checksum: checksum(canonicalJson(calls)), calls };
}

export function checkSnapshot(input: unknown, knownVersion: number): SnapshotCheck {
  const parsed = Snapshot.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: `Not a valid backup (${first ? `${first.path.join('.')}: ${first.message}` : 'unreadable'}).` };
  }
  const snapshot = parsed.data;
  if (snapshot.schemaVersion > knownVersion) {
    return { ok: false, reason: `The backup comes from a newer Precall (schema ${snapshot.schemaVersion}); update Precall first.` };
  }
  if (snapshot.count !== snapshot.calls.length || snapshot.checksum !== checksum(canonicalJson(snapshot.calls))) {
    return { ok: false, reason: 'The backup is damaged: its checksum does not match its calls.' };
  }
  const ids = new Set(snapshot.calls.map((call) => call.id));
  if (ids.size !== snapshot.calls.length) return { ok: false, reason: 'The backup holds the same call id twice.' };
  return { ok: true, snapshot };
}
