/**
 * A manager's import of reps' JSON exports, start to end (promises 21, 22): every file is checked, and any bad file
 * (too big, not UTF-8, not JSON, a bad field, a name picked twice) is named on a line of its own with nothing written.
 * Good files are prepared (prepare-export.ts, in workers on the page), settled among themselves (settle-batch.ts),
 * then settled against the store and written in one transaction (write-team-import.ts).
 *
 * The steps that touch threads and the database come in as functions, so tests run the whole import in one thread
 * on fake-indexeddb and the page runs it on workers and the real database.
 */
import { MAX_EXPORT_BYTES } from '../report/json-export';
import type { ImportCallsResult } from '../report/report-schemas';
import type { PrepareResult, PreparedExport } from './prepare-export';
import { BatchIds, settleBatch } from './settle-batch';
import { writeTeamImport } from './write-team-import';

export interface PickedFile {
  name: string;
  size: number;
}

export interface TeamImportSteps<F extends PickedFile> {
  /** One result per file, in the order given; `onResult` may be told of each as it comes. */
  prepare(files: readonly F[], importedAt: number, onResult: (file: number, result: PrepareResult) => void): Promise<PrepareResult[]>;
  /** The call database, opened for the write; closed again by importTeamFiles. */
  openDb(): Promise<IDBDatabase>;
}

/** A batch refused before anything was written: one line per bad file. */
export class ImportRejected extends Error {
  override readonly name = 'ImportRejected';
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

/** What can be refused from names and sizes alone, before any byte is read. */
function checkPicked(files: readonly PickedFile[]): string[] {
  const errors: string[] = [];
  const names = new Set<string>();
  for (const { name, size } of files) {
    if (names.has(name)) errors.push(`${name}: picked twice in one import; each record keeps its file name, so names must differ`);
    names.add(name);
    // Refused before reading, so a huge file cannot exhaust memory.
    if (size > MAX_EXPORT_BYTES) errors.push(`${name}: larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MB`);
  }
  return errors;
}

export async function importTeamFiles<F extends PickedFile>(files: readonly F[], steps: TeamImportSteps<F>, importedAt: number): Promise<ImportCallsResult> {
  const refused = checkPicked(files);
  if (refused.length > 0) throw new ImportRejected(refused);
  const ids = new BatchIds();
  const results = await steps.prepare(files, importedAt, (f, result) => {
    if (result.ok) ids.add(f, result.prepared);
  });
  const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
  if (errors.length > 0 || results.length !== files.length) throw new ImportRejected(errors.length > 0 ? errors : ['Some files were not read; nothing was imported.']);
  const prepared = results.map((r) => (r as { prepared: PreparedExport }).prepared);
  const batch = settleBatch(prepared, importedAt, ids);
  const db = await steps.openDb();
  try {
    return await writeTeamImport(db, prepared, batch);
  } finally {
    db.close();
  }
}
