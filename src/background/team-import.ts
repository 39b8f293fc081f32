/**
 * A manager's import of reps' JSON exports (promises 21, 22). The page has already parsed each file with
 * parseCallsExport, so a bad file is named before anything is sent; the registry parses the files again here.
 * The whole batch is one importMany call, hence one transaction: it lands completely or not at all.
 * mergeExports settles records repeated across the batch first, so the outcome does not depend on file order;
 * the store then settles them against what it holds. Conflicts are reported, never written.
 */
import type { CallRecord } from '../shared/call-record';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { mergeExports } from '../shared/report/merge-team';
import type { ImportConflictView } from '../shared/report/report-schemas';
import { asMessageError, callStore } from './services';

/** The reply lists this many conflicts; the total is sent beside them. */
export const CONFLICT_LIST_LIMIT = 500;
const UNREADABLE = { file: '(stored, unreadable)', rep: { name: '?', team: '' }, updatedAt: 0, goal: '' };

function side(record: CallRecord, file: string): ImportConflictView['kept'] {
  return { file, rep: record.rep, updatedAt: record.updatedAt, goal: record.goal?.outcome ?? '(no goal)' };
}

export async function importCalls({ files }: RequestOf<'import-calls'>, now = Date.now()): Promise<ResponseOf<'import-calls'>> {
  const merged = mergeExports(files, [], now);
  let stored;
  try {
    stored = await (await callStore()).importMany(merged.calls);
  } catch (error) {
    throw asMessageError(error);
  }
  const conflicts: ImportConflictView[] = [
    ...merged.conflicts.map((c) => ({ id: c.id, kept: side(c.a.record, c.a.file), incoming: side(c.b.record, c.b.file) })),
    ...stored.conflicts.map((c) => ({
      id: c.id,
      kept: c.existing === null ? UNREADABLE : side(c.existing, c.existing.source?.file ?? 'this browser'),
      incoming: side(c.incoming, c.incoming.source?.file ?? '?'),
    })),
  ];
  return {
    files: files.length,
    inserted: stored.inserted,
    unchanged: merged.unchanged + stored.unchanged,
    conflicts: conflicts.slice(0, CONFLICT_LIST_LIMIT),
    conflictTotal: conflicts.length,
  };
}
