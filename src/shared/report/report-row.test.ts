import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCallRecord } from './arbitraries';
import { coachingRequests } from './coaching-requests';
import { computeReport } from './compute-report';
import { toReportRow } from './report-row';
import { topQuestionsOnHits } from './top-questions-on-hits';

describe('toReportRow', () => {
  it('gives the dashboard the same report, top questions and coaching list as the full records', () => {
    fc.assert(
      fc.property(fc.array(arbCallRecord, { maxLength: 40 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (calls, now) => {
        // The rows are stored as JSON, so compare what comes back from JSON.
        const rows = JSON.parse(JSON.stringify(calls.map(toReportRow))) as ReturnType<typeof toReportRow>[];
        const range = { from: 0, to: 4_102_444_800_001 };
        expect(computeReport(rows, range, {}, now)).toEqual(computeReport(calls, range, {}, now));
        expect(topQuestionsOnHits(rows, 10)).toEqual(topQuestionsOnHits(calls, 10));
        expect(coachingRequests(rows)).toEqual(coachingRequests(calls));
      }),
      { numRuns: 300 },
    );
  });
});
