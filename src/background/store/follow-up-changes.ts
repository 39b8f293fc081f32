/**
 * Pure changes to a call's follow-up. Each returns the next record, or null when there is nothing to
 * change, so the store can read, decide and write inside one transaction (exactly-once, promise 25).
 */
import type { CallRecord } from '../../shared/call-record';

/** Edits move updatedAt forward, never back, so a stale tab cannot overwrite them. */
function touched(record: CallRecord, at: number): number {
  return Math.max(record.updatedAt, at);
}

/** Null when there is no open follow-up or it has already been notified: the caller must not notify. */
export function notified(record: CallRecord, at: number): CallRecord | null {
  const followUp = record.followUp;
  if (!followUp || followUp.status !== 'open' || followUp.notifiedAt !== undefined) return null;
  return { ...record, followUp: { ...followUp, notifiedAt: at, showing: true }, updatedAt: touched(record, at) };
}

/** The notification is on screen: the claim made by `notified` is settled. Null when there is nothing to settle. */
export function shown(record: CallRecord, at: number): CallRecord | null {
  const followUp = record.followUp;
  if (!followUp?.showing) return null;
  const { showing: _settled, ...rest } = followUp;
  return { ...record, followUp: rest, updatedAt: touched(record, at) };
}

export function completed(record: CallRecord, at: number): CallRecord | null {
  const followUp = record.followUp;
  if (!followUp || followUp.status === 'done') return null;
  return { ...record, followUp: { ...followUp, status: 'done', doneAt: at }, updatedAt: touched(record, at) };
}

/** Snoozing re-arms the reminder: it fires again, once, at `until`. */
export function snoozed(record: CallRecord, until: number, at: number): CallRecord | null {
  const followUp = record.followUp;
  if (!followUp || followUp.status !== 'open') return null;
  const { notifiedAt: _fired, showing: _shown, ...rest } = followUp;
  return { ...record, followUp: { ...rest, snoozedUntil: until }, updatedAt: touched(record, at) };
}

/**
 * A save from the sidebar carries the follow-up as the rep last saw it. If the reminder fired since,
 * keep that fact, or the reminder would fire a second time. A changed due or snooze is a new reminder.
 */
export function keepNotified(incoming: CallRecord, existing: CallRecord | undefined): CallRecord {
  const before = existing?.followUp;
  const after = incoming.followUp;
  if (!before?.notifiedAt || !after || after.notifiedAt !== undefined) return incoming;
  if (before.due !== after.due || before.snoozedUntil !== after.snoozedUntil) return incoming;
  return { ...incoming, followUp: { ...after, notifiedAt: before.notifiedAt, ...(before.showing ? { showing: true as const } : {}) } };
}
