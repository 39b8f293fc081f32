/**
 * The export files as lists of string parts, handed to a Blob as they are: with 100,000 calls nothing joins them
 * into one giant string. Own calls come validated from the background; imported team records come from the team
 * store's chunks, whose CSV lines and JSON were written from validated records at import (shared/team-store.ts).
 */
import type { CallRecord, Rep } from '../shared/call-record';
import { CALL_LOG_COLUMNS } from '../shared/report/call-log-csv';
import { callLogLine, csvLine } from '../shared/report/csv-line';
import { CALLS_EXPORT_FORMAT, CALLS_EXPORT_VERSION } from '../shared/report/json-export';
import { CSV_BOM, CSV_NEWLINE } from '../shared/report/to-csv';
import type { TeamDataValue } from '../shared/team-store';

interface Line {
  createdAt: number;
  id: string;
  text: string;
}

/** Rows of the call log in [createdAt, id] order, own and imported calls interleaved as one log. */
export function callLogParts(own: readonly CallRecord[], team: readonly TeamDataValue[]): string[] {
  const lines: Line[] = own.map((call) => ({ createdAt: call.createdAt, id: call.id, text: callLogLine(call) }));
  for (const chunk of team) {
    // ids are not in teamData; the CSV line order is the chunk's, and createdAt plus position orders it stably.
    chunk.csv.forEach((text, i) => lines.push({ createdAt: chunk.createdAt[i] ?? 0, id: `${chunk.key}:${String(i).padStart(6, '0')}`, text }));
  }
  lines.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parts = [CSV_BOM, csvLine([...CALL_LOG_COLUMNS])];
  for (const line of lines) parts.push(CSV_NEWLINE, line.text);
  return parts;
}

/** The JSON export: the same envelope exportCallsJson writes, with each chunk's stored JSON spliced in unparsed. */
export function callsJsonParts(own: readonly CallRecord[], team: readonly TeamDataValue[], rep: Rep, now: number): string[] {
  const head = JSON.stringify({ format: CALLS_EXPORT_FORMAT, version: CALLS_EXPORT_VERSION, exportedAt: now, rep, calls: [] });
  // head ends in `[]}`: keep `[`, put the calls, close again.
  const parts = [head.slice(0, -2)];
  const arrays = [JSON.stringify(own), ...team.map((chunk) => chunk.calls)].filter((json) => json !== '[]');
  arrays.forEach((json, i) => parts.push(i === 0 ? '' : ',', json.slice(1, -1)));
  parts.push(']}');
  return parts;
}
