/**
 * One CSV row as text, byte for byte what toCsv writes for it (csv-line.test.ts proves that against papaparse on
 * random rows). Rows are built one at a time so a team import can keep each call's line beside the call and an
 * export only joins stored lines: with 100,000 calls that is a join, not 1.8 million cells quoted at click time.
 */
import { callLogRow } from './call-log-csv';
import type { CallRecord } from '../call-record';
import { formulaSafe, type CsvCell } from './to-csv';

// papaparse quotes a field holding CR, LF, a quote, a BOM or the delimiter, or with a space at either end.
const NEEDS_QUOTES = /[\r\n",\uFEFF]|^ | $/;

function cellText(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (cell === null) return '';
  const text = formulaSafe(cell);
  // Empty strings are quoted, as toCsv's `quotes` option does, so a row of one empty cell survives a round trip.
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(cellText).join(',');
}

export function callLogLine(call: CallRecord): string {
  return csvLine(callLogRow(call));
}
