/**
 * Hand-checked numbers: every expected value below was counted by hand from the seven in-range calls,
 * and the comment beside it says which calls make it up.
 */
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../call-record';
import { coachingRequests } from './coaching-requests';
import { computeReport, isInReport, type BreakdownRow } from './compute-report';
import { ANN, BOB, goal, makeCall } from './make-call';
import type { Metrics } from './rate';
import { topQuestionsOnHits } from './top-questions-on-hits';

const day = (d: number, h = 10): number => Date.UTC(2026, 10, d, h); // November 2026
const range = { from: day(16, 0), to: day(30, 0) }; // Mon W47 00:00 to Mon W49 00:00, exclusive
const now = day(25, 12); // Wednesday of W48

const calls: CallRecord[] = [
  // c1 W47 Ann salesforce learn: dialed, connected, met; follow-up done before due
  makeCall({ n: 1, createdAt: day(16), goal: goal('learn'), dial: { status: 'dialed' },
    outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: ['What changed?', 'what  changed', 'Who decides?'], learned: '', loggedAt: day(16, 11) },
    followUp: { due: day(17), status: 'done', doneAt: day(17, 9) } }),
  // c2 W47 Ann hubspot commit: dialed, connected, partly, coaching; follow-up done late
  makeCall({ n: 2, createdAt: day(18), goal: goal('commit'), dial: { status: 'dialed' }, context: { site: 'hubspot' },
    outcome: { reached: 'connected', goalMet: 'partly', questionsAsked: [], learned: 'budget in Q1', coaching: { note: 'help with closing' }, loggedAt: day(18, 11) },
    followUp: { due: day(20), status: 'done', doneAt: day(21) } }),
  // c3 W48 Bob salesforce no goal: without_goal, connected; a stray goalMet must not count; follow-up due after now
  makeCall({ n: 3, rep: { ...BOB }, createdAt: day(23), dial: { status: 'without_goal' },
    outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: ['Ghost question'], learned: '', loggedAt: day(23, 11) },
    followUp: { due: day(27), status: 'open' } }),
  // c4 W48 Bob salesforce next_step: dialed, voicemail; follow-up due and open
  makeCall({ n: 4, rep: { ...BOB }, createdAt: day(24), goal: goal('next_step'), dial: { status: 'dialed' },
    outcome: { reached: 'voicemail', questionsAsked: [], learned: '', loggedAt: day(24, 11) },
    followUp: { due: day(24, 15), status: 'open' } }),
  // c5 W48 Bob gmail learn: planned only
  makeCall({ n: 5, rep: { ...BOB }, createdAt: day(24, 12), goal: goal('learn'), context: { site: 'gmail' } }),
  // c6 W48 Ann salesforce learn: dialed, connected, not met, coaching
  makeCall({ n: 6, createdAt: day(25), goal: goal('learn'), dial: { status: 'dialed' },
    outcome: { reached: 'connected', goalMet: 'no', questionsAsked: ['What changed'], learned: '', coaching: { note: 'what went wrong?' }, nextStep: { text: 'send deck', due: day(26) }, loggedAt: day(25, 11) } }),
  // c7 excluded: createdAt == range end
  makeCall({ n: 7, createdAt: range.to, goal: goal('learn'), dial: { status: 'dialed' },
    outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: ['Out of range'], learned: '', loggedAt: range.to } }),
  // c8 excluded: before range start
  makeCall({ n: 8, createdAt: range.from - 1, dial: { status: 'dialed' } }),
  // c9 W47 Bob salesforce learn: skipped the gate with a goal (without_goal), connected, met
  makeCall({ n: 9, rep: { ...BOB }, createdAt: day(19), goal: goal('learn'), dial: { status: 'without_goal' },
    outcome: { reached: 'connected', goalMet: 'yes', questionsAsked: ['WHAT CHANGED？', 'Budget?'], learned: '', loggedAt: day(19, 11) } }),
];

/** Compact expected metrics: [num, den] pairs, value derived; null value exactly when den is 0. */
function m(calls: number, connects: number, coaching: number, plan: [number, number], hit: [number, number], partly: number, fu: [number, number]): Metrics {
  const r = ([n, d]: [number, number]) => ({ numerator: n, denominator: d, value: d === 0 ? null : n / d });
  return { calls, connects, coachingRequests: coaching, planRate: r(plan), goalHitRate: r(hit), goalPartlyRate: r([partly, hit[1]]), followUpOnTime: r(fu) };
}
/** Each row's key and metrics; labels and the rep object are checked in their own assertions. */
const strip = (rows: readonly (BreakdownRow & { rep?: unknown })[]) => rows.map(({ label: _label, rep: _rep, ...rest }) => rest);

describe('computeReport on hand-checked data', () => {
  const report = computeReport(calls, range, {}, now);

  it('totals: plan 4/6 (c1 c2 c4 c6 of c1 c2 c3 c4 c6 c9), hit 2/4 (c1 c9 of c1 c2 c6 c9), partly 1/4, follow-up 1/3', () => {
    expect(report.totals).toEqual(m(7, 5, 2, [4, 6], [2, 4], 1, [1, 3]));
    expect(report.totals.planRate.value).toBeCloseTo(2 / 3);
  });

  it('by ISO week: W47 = c1 c2 c9, W48 = c3 c4 c5 c6', () => {
    expect(strip(report.byWeek)).toEqual([
      { key: '2026-W47', ...m(3, 3, 1, [2, 3], [2, 3], 1, [1, 2]) },
      { key: '2026-W48', ...m(4, 2, 1, [2, 3], [0, 1], 0, [0, 1]) },
    ]);
  });

  it('by goal type, with "none" last and zero denominators as null', () => {
    expect(strip(report.byGoalType)).toEqual([
      { key: 'learn', ...m(4, 3, 1, [2, 3], [2, 3], 0, [1, 1]) },
      { key: 'commit', ...m(1, 1, 1, [1, 1], [0, 1], 1, [0, 1]) },
      { key: 'next_step', ...m(1, 0, 0, [1, 1], [0, 0], 0, [0, 1]) },
      { key: 'none', ...m(1, 1, 0, [0, 1], [0, 0], 0, [0, 0]) },
    ]);
    expect(report.byGoalType.map((r) => r.label)).toEqual(['Learn', 'Commit', 'Next step', 'No goal']);
    expect(report.byGoalType[3]?.followUpOnTime).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('by rep (name and team)', () => {
    expect(strip(report.byRep)).toEqual([
      { key: '["East","Ann"]', ...m(3, 3, 2, [3, 3], [1, 3], 1, [1, 2]) },
      { key: '["West","Bob"]', ...m(4, 2, 0, [1, 3], [1, 1], 0, [0, 1]) },
    ]);
    expect(report.byRep.map((r) => [r.label, r.rep])).toEqual([['Ann (East)', ANN], ['Bob (West)', BOB]]);
  });

  it('by site; gmail has every denominator 0', () => {
    expect(strip(report.bySite)).toEqual([
      { key: 'gmail', ...m(1, 0, 0, [0, 0], [0, 0], 0, [0, 0]) },
      { key: 'hubspot', ...m(1, 1, 1, [1, 1], [0, 1], 1, [0, 1]) },
      { key: 'salesforce', ...m(5, 4, 1, [3, 5], [2, 3], 0, [1, 2]) },
    ]);
  });

  it('follow-ups due are cut at the range end when now is later: c3 becomes due (1/4)', () => {
    expect(computeReport(calls, range, {}, Date.UTC(2027, 0, 1)).totals.followUpOnTime).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
  });

  it('filters by rep, team, site and goal type', () => {
    expect(computeReport(calls, range, { repName: 'Ann' }, now).totals).toEqual(m(3, 3, 2, [3, 3], [1, 3], 1, [1, 2]));
    expect(computeReport(calls, range, { team: 'West' }, now).totals.calls).toBe(4);
    expect(computeReport(calls, range, { site: 'gmail' }, now).totals).toEqual(m(1, 0, 0, [0, 0], [0, 0], 0, [0, 0]));
    expect(computeReport(calls, range, { goalType: 'none' }, now).totals).toEqual(m(1, 1, 0, [0, 1], [0, 0], 0, [0, 0]));
    expect(computeReport(calls, range, { repName: 'Ann', team: 'West' }, now).totals.calls).toBe(0);
  });

  it('an empty range gives zero counts, null rates (never NaN) and no rows', () => {
    const empty = computeReport(calls, { from: 0, to: 1 }, {}, now);
    expect(empty.totals).toEqual(m(0, 0, 0, [0, 0], [0, 0], 0, [0, 0]));
    expect([empty.byWeek, empty.byGoalType, empty.byRep, empty.bySite]).toEqual([[], [], [], []]);
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });
});

describe('topQuestionsOnHits', () => {
  const inRange = calls.filter((c) => isInReport(c, range, {}));
  it('counts normalized questions once per goal-met call (c1 and c9 only)', () => {
    expect(topQuestionsOnHits(inRange, 10)).toEqual([
      { text: 'what changed', count: 2 },
      { text: 'budget', count: 1 },
      { text: 'who decides', count: 1 },
    ]);
    expect(topQuestionsOnHits(inRange, 1)).toEqual([{ text: 'what changed', count: 2 }]);
    expect(topQuestionsOnHits(inRange, 0)).toEqual([]);
    expect(topQuestionsOnHits([], 5)).toEqual([]);
  });
});

describe('coachingRequests', () => {
  it('lists c6 then c2 (newest first) with goal, outcome, note and record URL', () => {
    expect(coachingRequests(calls)).toEqual([
      { id: calls[5]?.id, rep: ANN, at: day(25, 11), goal: goal('learn'), reached: 'connected', goalMet: 'no', learned: '',
        nextStep: 'send deck', note: 'what went wrong?', recordUrl: 'https://acme.my.salesforce.com/r/6' },
      { id: calls[1]?.id, rep: ANN, at: day(18, 11), goal: goal('commit'), reached: 'connected', goalMet: 'partly',
        learned: 'budget in Q1', note: 'help with closing', recordUrl: 'https://acme.my.salesforce.com/r/2' },
    ]);
  });
});
