import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCallRecord } from './arbitraries';
import { callLogCsv, CALL_LOG_COLUMNS, formatUtcMinute } from './call-log-csv';
import { computeReport } from './compute-report';
import { hasLiveFormulaLine, OWASP_PAYLOADS } from './formula-check';
import { BOB, goal, makeCall } from './make-call';
import { summaryCsv, SUMMARY_COLUMNS } from './summary-csv';
import { parseCsv } from './to-csv';

const met = makeCall({
  n: 1,
  rep: { ...BOB },
  createdAt: Date.UTC(2026, 10, 16, 9, 5, 59),
  goal: { ...goal('commit'), outcome: '=cmd|\' /C calc\'!A0' },
  dial: { status: 'dialed' },
  context: { person: { name: 'Dana "DJ" Ng' }, company: 'Acme, Inc.' },
  outcome: {
    reached: 'connected',
    goalMet: 'yes',
    questionsAsked: ['What changed?', '@SUM(1+1)'],
    learned: 'budget freed\n-2+3 seats',
    nextStep: { text: 'send quote', due: Date.UTC(2026, 10, 20, 17, 0) },
    coaching: { note: 'how did I do?' },
    loggedAt: Date.UTC(2026, 10, 16, 9, 30),
  },
});
const planned = makeCall({ n: 2, createdAt: Date.UTC(2026, 10, 17, 23, 59), context: { site: 'gmail' } });

describe('callLogCsv', () => {
  const rows = parseCsv(callLogCsv([met, planned]));

  it('has the header and one row per call with every column as a person reads it', () => {
    expect(rows[0]).toEqual([...CALL_LOG_COLUMNS]);
    expect(rows[1]).toEqual([
      '2026-11-16 09:05', 'Bob', 'West', 'Dana "DJ" Ng', 'Acme, Inc.', 'salesforce', 'https://acme.my.salesforce.com/r/1',
      'Commit', "'=cmd|' /C calc'!A0", 'They said yes to commit', 'connected', 'yes', "What changed? | @SUM(1+1)",
      "budget freed\n'-2+3 seats", 'send quote', '2026-11-20 17:00', 'yes', 'how did I do?',
    ]);
    expect(rows[2]).toEqual([
      '2026-11-17 23:59', 'Ann', 'East', '', '', 'gmail', 'https://acme.my.salesforce.com/r/2',
      '', '', '', '', '', '', '', '', '', 'no', '',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('leaves no live formula in any cell', () => {
    for (const cell of rows.flat()) expect(hasLiveFormulaLine(cell)).toBe(false);
  });

  it('10,000 generated records carrying OWASP payloads export with no live formula (1,000 runs × 10 records)', () => {
    const arbPayload = fc.constantFrom(...OWASP_PAYLOADS);
    const arbPoisoned = fc.tuple(arbCallRecord, arbPayload, arbPayload, arbPayload).map(([call, p1, p2, p3]) => ({
      ...call,
      rep: { name: p1, team: p2 },
      context: { ...call.context, company: p3, person: { name: p2 } },
      outcome: { reached: 'connected' as const, questionsAsked: [p1, `ok ${p2}`], learned: `${p3}\n${p1}`, coaching: { note: p2 }, nextStep: { text: p3, due: 0 }, loggedAt: 0 },
    }));
    fc.assert(
      fc.property(fc.array(arbPoisoned, { minLength: 10, maxLength: 10 }), (calls) => {
        const parsed = parseCsv(callLogCsv(calls));
        expect(parsed).toHaveLength(11);
        for (const cell of parsed.flat()) expect(hasLiveFormulaLine(cell)).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });

  it('formats dates as yyyy-mm-dd hh:mm in UTC, exactly as the ISO string reads, for any time', () => {
    expect(formatUtcMinute(0)).toBe('1970-01-01 00:00');
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    const edges = [59_999, 60_000, Date.UTC(2000, 1, 29, 23, 59), Date.UTC(2100, 2, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999), 253_402_300_800_000, 8.64e15];
    for (const ms of edges) expect(formatUtcMinute(ms)).toBe(iso(ms));
    // Every time a Date can hold, and densely the years calls are actually made in.
    const anyTime = fc.bigInt({ min: 0n, max: 8_640_000_000_000_000n }).map(Number);
    const ourYears = fc.bigInt({ min: 0n, max: 4_102_444_800_000n }).map(Number);
    fc.assert(fc.property(fc.oneof(anyTime, ourYears), (ms) => formatUtcMinute(ms) === iso(ms)), { numRuns: 50_000 });
  });
});

describe('summaryCsv', () => {
  it('writes totals then week, goal type, rep and site rows, with rates as numbers and empty for 0/0', () => {
    const report = computeReport([met, planned], { from: 0, to: Date.UTC(2027, 0, 1) }, {}, Date.UTC(2026, 10, 30));
    const csv = summaryCsv(report);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...SUMMARY_COLUMNS]);
    // totals: 2 calls, 1 connect, 1 coaching; plan 1/1; hit 1/1, partly 0/1; no follow-ups (0/0 -> empty)
    expect(rows[1]).toEqual(['total', '', 'All calls', '2', '1', '1', '1', '1', '1', '1', '0', '1', '1', '0', '0', '0', '']);
    expect(rows.slice(2).map((r) => [r[0], r[1]])).toEqual([
      ['week', '2026-W47'],
      ['goal type', 'commit'],
      ['goal type', 'none'],
      ['rep', '["East","Ann"]'],
      ['rep', '["West","Bob"]'],
      ['site', 'gmail'],
      ['site', 'salesforce'],
    ]);
    // planned gmail call: 0/0 plan rate is an empty cell, not 0 and not NaN
    expect(rows[7]).toEqual(['site', 'gmail', 'gmail', '1', '0', '0', '0', '0', '', '0', '0', '0', '', '', '0', '0', '']);
    expect(csv).not.toContain('NaN');
  });
});
