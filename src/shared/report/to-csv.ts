/**
 * CSV that opens right in Excel and never runs a formula (promises 19 and 20).
 * Quoting is papaparse's unparse (RFC 4180: quotes around fields with comma, quote, CR, LF, BOM or edge
 * spaces; quotes doubled) rather than our own; the file starts with a UTF-8 BOM so Excel reads UTF-8,
 * and rows end in CRLF.
 *
 * Formula safety, chosen rule: PER LINE. In every string cell, each line (split at CRLF, CR or LF) whose first
 * character after leading whitespace (spaces, NBSP and other Unicode spaces; not TAB/CR/LF) is one of
 * = + - @ TAB CR NUL gets a ' put in front of it (before its leading spaces). A blank line that ends in a
 * bare CR or CRLF counts too, since CR is itself a trigger. Per line rather than once per cell because a tool that
 * splits multi-line cells into rows would otherwise meet line 2 unprefixed; it is also what promise 19 says. Numbers are written as numbers: unquoted, unprefixed, so -3 stays a number, not a formula.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';
export const CSV_NEWLINE = '\r\n';

const LINE_BREAK = /(\r\n|\r|\n)/;
const HAS_LINE_BREAK = /[\r\n]/;
/** Most cells hold no trigger character at all; they skip the split. */
const ANY_TRIGGER = /[=+\-@\t\r\0]/;
/** Leading spaces that are not line breaks or TAB, then a formula trigger. */
const FORMULA_START = /^[^\S\t\r\n]*[=+\-@\t\r\0]/;
const BLANK = /^[^\S\t\r\n]*$/;

/** The text a spreadsheet can only read as text: see the rule in the file comment. */
export function formulaSafe(text: string): string {
  if (!ANY_TRIGGER.test(text)) return text;
  // One line (no CR or LF): the rule is one test, without splitting. Dates ('2026-01-05 09:30') take this path on
  // every call-log row, twice.
  if (!HAS_LINE_BREAK.test(text)) return FORMULA_START.test(text) ? `'${text}` : text;
  // split with a capture group alternates line, break, line, break, ..., line.
  const parts = text.split(LINE_BREAK);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i] as string;
    // A blank line followed by CR "starts with CR" too, since CR is itself a trigger.
    const live = FORMULA_START.test(line) || (BLANK.test(line) && parts[i + 1]?.startsWith('\r') === true);
    if (live) parts[i] = `'${line}`;
  }
  return parts.join('');
}

function safeCell(cell: CsvCell): CsvCell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell === null ? null : formulaSafe(cell);
}

/**
 * Rows to CSV text. Every row should have at least one cell. Empty strings are written as "" so a row
 * holding one empty cell survives a round trip instead of reading back as no row at all; null (and
 * NaN/Infinity, which no spreadsheet reads) is an empty, unquoted cell.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map(safeCell));
  const body = Papa.unparse(data, {
    newline: CSV_NEWLINE,
    delimiter: ',',
    quoteChar: '"',
    // Our formulaSafe replaces papaparse's, which checks only the first character of a cell.
    escapeFormulae: false,
    quotes: (value: unknown) => value === '',
  });
  return CSV_BOM + body;
}

/** CSV text back to rows of strings (numbers come back as their text). For tests and import previews. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  if (body === '') return [];
  const result = Papa.parse<string[]>(body, {
    delimiter: ',',
    newline: CSV_NEWLINE,
    quoteChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  return result.data;
}
