/**
 * A manager's import of reps' JSON exports (promises 21, 22). Each file's text is parsed here exactly once by
 * parseCallsExport, so a bad file is named (file, call, field) and nothing is written. The whole batch is one
 * importTeam call, hence one transaction: it lands completely or not at all. mergeExports settles records
 * repeated across the batch first, so the outcome does not depend on file order; the store then settles them
 * against what it holds. Conflicts are reported, never written.
 *
 * Chrome refuses a message over 64 MiB, and ten reps' exports are ~70 MB, so a big batch arrives in parts under one
 * batch id. Each part is validated on arrival and held in memory (`staged`); nothing is written until the last part,
 * then all parts are merged and written in the one transaction. Holding them in a module variable is the exception to
 * "no state between events", on purpose: losing it fails safe. A worker that dies between parts forgets the batch, the
 * last part then finds parts missing and the import is refused with nothing written; a bad part drops the batch.
 */
import type { CallRecord } from '../shared/call-record';
import { MessageError } from '../shared/message-errors';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { parseCallsExport } from '../shared/report/json-export';
import { mergeExports, type MergeInput } from '../shared/report/merge-team';
import type { ImportConflictView } from '../shared/report/report-schemas';
import { asMessageError, callStore } from './services';

/** The reply lists this many conflicts; the total is sent beside them. */
export const CONFLICT_LIST_LIMIT = 500;
const UNREADABLE = { file: '(stored, unreadable)', rep: { name: '?', team: '' }, updatedAt: 0, goal: '' };

function side(record: CallRecord, file: string): ImportConflictView['kept'] {
  return { file, rep: record.rep, updatedAt: record.updatedAt, goal: record.goal?.outcome ?? '(no goal)' };
}

/** Every file parsed, or every file's first error (one per line) with nothing written. */
function parseFiles(files: RequestOf<'import-calls'>['files'], names: Set<string>): MergeInput[] {
  const parsed: MergeInput[] = [];
  const errors: string[] = [];
  for (const { fileName, text } of files) {
    if (names.has(fileName)) errors.push(`${fileName}: picked twice in one import; each record keeps its file name, so names must differ`);
    names.add(fileName);
    const result = parseCallsExport(text, fileName);
    if (result.ok) parsed.push({ fileName, file: result.file });
    else errors.push(result.error);
  }
  if (errors.length > 0) throw new MessageError('invalid', errors.join('\n'));
  return parsed;
}

interface StagedBatch {
  parts: number;
  received: Set<number>;
  names: Set<string>;
  inputs: MergeInput[];
}

/** Parts of multi-message batches received so far, by batch id; see the header for why this may be lost. */
const staged = new Map<string, StagedBatch>();

/** The whole batch's parsed files once its last part is in; null while parts are still to come. */
function collect({ files, batch }: RequestOf<'import-calls'>): MergeInput[] | null {
  if (batch === undefined || batch.parts === 1) return parseFiles(files, new Set());
  const { id, part, parts } = batch;
  const held = staged.get(id) ?? { parts, received: new Set<number>(), names: new Set<string>(), inputs: [] };
  staged.set(id, held);
  try {
    if (part >= parts || held.parts !== parts || held.received.has(part)) throw new MessageError('invalid', `Part ${part + 1} of ${parts} of this import does not fit the batch; nothing was imported.`);
    held.inputs.push(...parseFiles(files, held.names));
    held.received.add(part);
  } catch (error) {
    staged.delete(id);
    throw error;
  }
  if (part < parts - 1) return null;
  staged.delete(id);
  if (held.received.size !== parts) {
    throw new MessageError('invalid', 'The import was interrupted (the extension restarted between its parts); nothing was imported. Please import the files again.');
  }
  return held.inputs;
}

export async function importCalls(request: RequestOf<'import-calls'>, now = Date.now()): Promise<ResponseOf<'import-calls'>> {
  const inputs = collect(request);
  if (inputs === null) return { files: request.files.length, inserted: 0, unchanged: 0, conflicts: [], conflictTotal: 0 };
  const merged = mergeExports(inputs, [], now);
  let stored;
  try {
    stored = await (await callStore()).importTeam(merged.calls);
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
    files: inputs.length,
    inserted: stored.inserted,
    unchanged: merged.unchanged + stored.unchanged,
    conflicts: conflicts.slice(0, CONFLICT_LIST_LIMIT),
    conflictTotal: conflicts.length,
  };
}
