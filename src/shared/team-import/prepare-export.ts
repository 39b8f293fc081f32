/**
 * One rep's export made ready for the team store: parsed and checked once by parseCallsExport (which names file,
 * call and field), then every record turned into what its chunk will hold (shared/team-store.ts): its JSON with
 * `source`, its dashboard row as JSON and its call-log CSV line. Writing the batch then only joins text.
 *
 * Why per file and up front: these steps are most of an import's CPU, and per file they run in parallel in workers
 * (options/team/import-worker.ts). Each file's parsed records are dropped once its text is made, so no heap ever
 * holds 100,000 parsed records, which made a whole-batch import several times slower in garbage collection alone.
 * The text crosses from worker to page packed (packed.ts).
 */
import type { CallRecord } from '../call-record';
import { callLogLine } from '../report/csv-line';
import { parseCallsExport } from '../report/json-export';
import { toReportRow } from '../report/report-row';
import { packStrings, type PackedStrings } from './packed';

/** A file's records sorted by createdAt, then id: neighbours in time are neighbours in the text. */
export interface PreparedExport {
  fileName: string;
  count: number;
  ids: PackedStrings;
  createdAt: Float64Array;
  /** JSON of each record with `source` set to this file and the import's time. */
  calls: PackedStrings;
  /** JSON of each record's ReportCall (toReportRow). */
  rows: PackedStrings;
  /** Each record's call-log CSV line (callLogLine), formula-safe. */
  csv: PackedStrings;
}

export type PrepareResult = { ok: true; prepared: PreparedExport } | { ok: false; error: string };

export const byTimeThenId = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What postMessage may move instead of copy. */
export function transferables(prepared: PreparedExport): ArrayBuffer[] {
  const { ids, createdAt, calls, rows, csv } = prepared;
  return [ids.ends, createdAt, calls.ends, rows.ends, csv.ends].map((array) => array.buffer as ArrayBuffer);
}

/** The same text as JSON.stringify({ ...call, source }), without building that object for each of 100,000 calls. */
function recordJson(call: CallRecord, sourceJson: string, source: NonNullable<CallRecord['source']>): string {
  // A call already holding a source keeps the key where it was, so only a call without one can be extended at the end.
  if (call.source !== undefined) return JSON.stringify({ ...call, source });
  const json = JSON.stringify(call);
  return `${json.slice(0, -1)},"source":${sourceJson}}`;
}

export function prepareExport(input: string | Uint8Array, fileName: string, importedAt: number): PrepareResult {
  const parsed = parseCallsExport(input, fileName);
  if (!parsed.ok) return parsed;
  const calls = parsed.file.calls.sort(byTimeThenId);
  const source = { file: fileName, importedAt };
  const sourceJson = JSON.stringify(source);
  const createdAt = new Float64Array(calls.length);
  const ids: string[] = [];
  const json: string[] = [];
  const rows: string[] = [];
  const csv: string[] = [];
  calls.forEach((call, i) => {
    ids.push(call.id);
    createdAt[i] = call.createdAt;
    json.push(recordJson(call, sourceJson, source));
    // Neither the row nor the CSV line shows `source`, so both are made from the call as it is.
    rows.push(JSON.stringify(toReportRow(call)));
    csv.push(callLogLine(call));
  });
  return {
    ok: true,
    prepared: { fileName, count: calls.length, ids: packStrings(ids), createdAt, calls: packStrings(json), rows: packStrings(rows), csv: packStrings(csv) },
  };
}
