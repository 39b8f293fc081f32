/**
 * The dashboard and exports, read from the call store. The report is computed here in one pass and only the
 * result crosses to the page: with 100,000 calls, sending the calls would cost far more than counting them.
 * Exports page through the rep's own calls instead, because one message carrying every call would exceed Chrome's
 * per-message size limit (64 MiB) long before the store is full; imported team chunks are read by the page itself.
 */
import type { CallRecord } from '../shared/call-record';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { coachingRequests } from '../shared/report/coaching-requests';
import { computeReport, isInReport } from '../shared/report/compute-report';
import type { CallCursor } from '../shared/report/report-schemas';
import type { ReportCall } from '../shared/report/report-row';
import { topQuestionsOnHits } from '../shared/report/top-questions-on-hits';
import { asMessageError, callStore } from './services';

/** The dashboard lists this many coaching requests; the total is sent beside them. */
export const COACHING_LIST_LIMIT = 200;
export const TOP_QUESTIONS = 10;

export async function getReport({ from, to, filter = {} }: RequestOf<'get-report'>): Promise<ResponseOf<'get-report'>> {
  try {
    const store = await callStore();
    const calls: ReportCall[] = [];
    // all() bounds are inclusive and the report's are half-open; isInReport drops createdAt === to.
    for await (const call of store.all({ from, to })) if (isInReport(call, { from, to }, filter)) calls.push(call);
    // Imported team records are read as slim rows, only from chunks whose time span meets the range (team-store.ts).
    for (const row of await store.teamRows({ from, to })) if (isInReport(row, { from, to }, filter)) calls.push(row);
    const report = computeReport(calls, { from, to }, {}, Date.now());
    const coaching = coachingRequests(calls);
    return {
      report,
      topQuestions: topQuestionsOnHits(calls, TOP_QUESTIONS),
      coaching: coaching.slice(0, COACHING_LIST_LIMIT),
      coachingTotal: coaching.length,
    };
  } catch (error) {
    throw asMessageError(error);
  }
}

function isAfter(call: CallRecord, cursor: CallCursor): boolean {
  return call.createdAt > cursor.createdAt || (call.createdAt === cursor.createdAt && call.id > cursor.id);
}

/** One page of the calls store (the rep's own, and team records imported before chunks), in [createdAt, id] order. */
export async function getCallsPage({ after, limit }: RequestOf<'get-calls-page'>): Promise<ResponseOf<'get-calls-page'>> {
  try {
    const store = await callStore();
    const calls: CallRecord[] = [];
    const range = after === null ? {} : { from: after.createdAt };
    for await (const call of store.all(range, limit + 1)) {
      if (after !== null && !isAfter(call, after)) continue;
      if (calls.length === limit) {
        const last = calls[calls.length - 1] as CallRecord;
        return { calls, next: { createdAt: last.createdAt, id: last.id } };
      }
      calls.push(call);
    }
    return { calls, next: null };
  } catch (error) {
    throw asMessageError(error);
  }
}
