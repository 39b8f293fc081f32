/**
 * The background's commands (ContentCommand in shared/content-command.ts), checked without zod. Building even the
 * zod/mini schemas cost the host page ~20 ms of main-thread time at every content-script start (bench, trace of a
 * 10,000-element CRM page) and zod/mini was a third of the bundle; parse-command.test.ts proves this agrees with
 * ContentCommand.safeParse on random input.
 */
import type { ContentCommand } from '../shared/content-command';

const ATTEMPT_ID = /^[0-9a-f-]{36}$/i;
const BARE = new Set(['toggle-sidebar', 'open-sidebar']);
const WITH_ATTEMPT = new Set(['release-dial', 'drop-dial']);

/** The command, or null when `raw` is not exactly one of them (unknown keys are refused, as strictObject does). */
export function parseContentCommand(raw: unknown): ContentCommand | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  const keys = Object.keys(record);
  const type = record.type;
  if (typeof type !== 'string') return null;
  if (BARE.has(type)) return keys.length === 1 ? ({ type } as ContentCommand) : null;
  if (!WITH_ATTEMPT.has(type) || keys.length !== 2) return null;
  const { attemptId } = record;
  if (typeof attemptId !== 'string' || !ATTEMPT_ID.test(attemptId)) return null;
  return { type, attemptId } as ContentCommand;
}
