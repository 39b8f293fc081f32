/**
 * The background's part in a manager's team import (promises 21, 22), which the options page checks and writes itself
 * (shared/team-import/write-team-import.ts says why). Before the write the store is opened here, so the database is
 * at the current version (the page never migrates it) and a read-only one (written by a newer Precall) is refused
 * with the store's own message. After it, handlers.ts forgets the question coach's cached counts.
 */
import type { ResponseOf } from '../shared/messages';
import { asMessageError, callStore } from './services';

export async function prepareTeamImport(): Promise<ResponseOf<'prepare-team-import'>> {
  try {
    (await callStore()).assertWritable();
  } catch (error) {
    throw asMessageError(error);
  }
  return { ok: true };
}
