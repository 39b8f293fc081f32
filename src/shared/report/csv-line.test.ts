import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callLogCsv, CALL_LOG_COLUMNS } from './call-log-csv';
import { callLogLine, csvLine } from './csv-line';
import { CSV_BOM, CSV_NEWLINE, toCsv, type CsvCell } from './to-csv';
import { OWASP_PAYLOADS } from './formula-check';
import { arbCallRecord } from './arbitraries';

const cell: fc.Arbitrary<CsvCell> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', ' a', 'a ', '"', ',', '\r\n', '\uFEFF', ...OWASP_PAYLOADS),
  fc.double(),
  fc.integer(),
  fc.constant(null),
);

describe('csvLine', () => {
  it('writes each row exactly as toCsv (papaparse) does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        expect(CSV_BOM + rows.map(csvLine).join(CSV_NEWLINE)).toBe(toCsv(rows));
      }),
      { numRuns: 1000 },
    );
  });

  it('call-log lines joined under the header are the call-log CSV', () => {
    fc.assert(
      fc.property(fc.array(arbCallRecord, { maxLength: 20 }), (calls) => {
        const joined = [csvLine([...CALL_LOG_COLUMNS]), ...calls.map(callLogLine)].join(CSV_NEWLINE);
        expect(CSV_BOM + joined).toBe(callLogCsv(calls));
      }),
      { numRuns: 200 },
    );
  });
});
