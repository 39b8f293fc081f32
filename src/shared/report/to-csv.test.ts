import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLiveFormulaLine, OWASP_PAYLOADS } from './formula-check';
import { formulaSafe, parseCsv, toCsv, type CsvCell } from './to-csv';

/** Text made mostly of the characters that break CSV writers, plus any Unicode at all. */
const HARD_UNITS = [',', '"', '\r', '\n', '\r\n', ' ', '\u00a0', 'a', 'Z', '😀', '👩🏽‍💻', '漢字', 'שלום', 'مرحبا', '\u200f', "'", ';', '=', '+', '-', '@', '\t', '\0'];
const arbHardText = fc.oneof(fc.string({ unit: fc.constantFrom(...HARD_UNITS), maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
const arbRows = <T>(cell: fc.Arbitrary<T>) => fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });

describe('toCsv format', () => {
  it('starts with a UTF-8 BOM, ends rows with CRLF, quotes per RFC 4180, numbers bare', () => {
    const csv = toCsv([['a', 'b,c', 'say "hi"'], ['x\ny', 5, -3.5], [null, '', ' lead']]);
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi"""\r\n"x\ny",5,-3.5\r\n,""," lead"');
  });

  it('writes numbers as numbers: negative, zero, fractions; non-finite as empty', () => {
    expect(toCsv([[-2, 0, 0.25, -0, NaN, Infinity]])).toBe('\uFEFF-2,0,0.25,0,,');
  });

  it('round-trips a row holding one empty cell', () => {
    expect(parseCsv(toCsv([['']]))).toEqual([['']]);
    expect(parseCsv(toCsv([['a'], [''], ['b']]))).toEqual([['a'], [''], ['b']]);
  });
});

describe('formulaSafe (per-line rule)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    [' =1', "' =1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['ok\n=1', "ok\n'=1"],
    ['ok\r\n =1', "ok\r\n' =1"],
    ['\r=1', "'\r'=1"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ["'=already text", "'=already text"],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(formulaSafe(input)).toBe(output);
    expect(hasLiveFormulaLine(output)).toBe(false);
  });
});

/** formulaSafe as first written, splitting every cell with a trigger into lines: the one-line shortcut must agree. */
function splitRule(text: string): string {
  if (!/[=+\-@\t\r\0]/.test(text)) return text;
  const parts = text.split(/(\r\n|\r|\n)/);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i] as string;
    const live = /^[^\S\t\r\n]*[=+\-@\t\r\0]/.test(line) || (/^[^\S\t\r\n]*$/.test(line) && parts[i + 1]?.startsWith('\r') === true);
    if (live) parts[i] = `'${line}`;
  }
  return parts.join('');
}

describe('formulaSafe shortcut', () => {
  it('gives what splitting into lines gives, for any text (20,000 runs)', () => {
    fc.assert(fc.property(arbHardText, (text) => formulaSafe(text) === splitRule(text)), { numRuns: 20_000 });
    for (const text of [...OWASP_PAYLOADS, '2026-01-05 09:30', ' -1', '\u3000@x', 'a\r', '\r', '']) expect(formulaSafe(text)).toBe(splitRule(text));
  });
});

describe('CSV properties', () => {
  it('parse(export(rows)) == rows for text with no formula line (10,000 runs)', () => {
    const safeText = arbHardText.filter((s) => !hasLiveFormulaLine(s));
    fc.assert(fc.property(arbRows(safeText), (rows) => void expect(parseCsv(toCsv(rows))).toEqual(rows)), { numRuns: 10_000 });
  });

  it('parse(export(rows)) == rows with formula lines prefixed, and no live formula survives (10,000 runs)', () => {
    fc.assert(
      fc.property(arbRows(arbHardText), (rows) => {
        const parsed = parseCsv(toCsv(rows));
        expect(parsed).toEqual(rows.map((row) => row.map(formulaSafe)));
        for (const cell of parsed.flat()) expect(hasLiveFormulaLine(cell)).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('OWASP payloads, alone or wrapped in other text, never come back live (10,000 runs)', () => {
    const arbPayloadCell = fc
      .tuple(fc.constantFrom(...OWASP_PAYLOADS), fc.constantFrom('', 'note: ', 'x\n', ' ', '\u00a0\u00a0', 'a,b\r\n'), fc.constantFrom('', ' end', '\n=2'))
      .map(([payload, before, after]) => before + payload + after);
    fc.assert(
      fc.property(arbRows(fc.oneof(arbPayloadCell, arbHardText)), (rows) => {
        for (const cell of parseCsv(toCsv(rows)).flat()) expect(hasLiveFormulaLine(cell)).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('numbers stay numbers: written unquoted and unprefixed, read back as their text (10,000 runs)', () => {
    const arbNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    fc.assert(
      fc.property(arbRows<CsvCell>(arbNumber), (rows) => {
        const csv = toCsv(rows);
        expect(csv).not.toContain("'");
        expect(csv).not.toContain('"');
        expect(parseCsv(csv)).toEqual(rows.map((row) => row.map(String)));
      }),
      { numRuns: 10_000 },
    );
  });
});
