/**
 * 100,000 generated calls, for correctness at scale (timing lives in bench/, not here): the single-pass
 * report must agree with a slow, obvious reference written with one filter per number.
 */
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../call-record';
import { GOAL_TYPES, SITES } from '../domain';
import { computeReport } from './compute-report';
import { GENERATED_SPAN, GENERATED_START, goal, makeCall, seededRandom } from './make-call';
import type { Rate } from './rate';


function generate(count: number): CallRecord[] {
  const rnd = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const calls: CallRecord[] = [];
  for (let n = 1; n <= count; n++) {
    const createdAt = GENERATED_START + Math.floor(rnd() * GENERATED_SPAN);
    const type = pick([...GOAL_TYPES, null]);
    const call = makeCall({
      n,
      createdAt,
      rep: { name: pick(['Ann', 'Bob', 'Cy']), team: pick(['East', 'West']) },
      context: { site: pick(SITES) },
      goal: type === null ? null : goal(type),
      dial: { status: pick(['planned', 'dialed', 'without_goal'] as const) },
    });
    if (rnd() < 0.7) {
      const reached = pick(['connected', 'voicemail', 'no_answer'] as const);
      const met = pick(['yes', 'partly', 'no', undefined] as const);
      call.outcome = { reached, questionsAsked: [], learned: '', loggedAt: createdAt, ...(met && { goalMet: met }), ...(rnd() < 0.1 && { coaching: { note: 'n' } }) };
    }
    if (rnd() < 0.5) {
      const due = createdAt + Math.floor(rnd() * 14 * 86_400_000);
      const done = rnd() < 0.6;
      call.followUp = done ? { due, status: 'done', doneAt: due + Math.floor((rnd() - 0.5) * 4 * 86_400_000) } : { due, status: 'open' };
    }
    calls.push(call);
  }
  return calls;
}

const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

describe('computeReport at 100,000 calls', () => {
  const calls = generate(100_000);
  const range = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 8, 1) };
  const now = Date.UTC(2026, 5, 15);

  it('matches a filter-per-number reference, and breakdowns add up to the totals', () => {
    const report = computeReport(calls, range, {}, now);
    const inRange = calls.filter((c) => c.createdAt >= range.from && c.createdAt < range.to);
    const dials = inRange.filter((c) => c.dial.status !== 'planned');
    const connectedWithGoal = inRange.filter((c) => c.outcome?.reached === 'connected' && c.goal !== null);
    const due = inRange.filter((c) => c.followUp !== undefined && c.followUp.due <= Math.min(now, range.to));
    expect(report.totals).toEqual({
      calls: inRange.length,
      connects: inRange.filter((c) => c.outcome?.reached === 'connected').length,
      coachingRequests: inRange.filter((c) => c.outcome?.coaching !== undefined).length,
      planRate: rate(dials.filter((c) => c.dial.status === 'dialed' && c.goal !== null).length, dials.length),
      goalHitRate: rate(connectedWithGoal.filter((c) => c.outcome?.goalMet === 'yes').length, connectedWithGoal.length),
      goalPartlyRate: rate(connectedWithGoal.filter((c) => c.outcome?.goalMet === 'partly').length, connectedWithGoal.length),
      followUpOnTime: rate(due.filter((c) => c.followUp?.status === 'done' && (c.followUp.doneAt ?? Infinity) <= c.followUp.due).length, due.length),
    });
    expect(inRange.length).toBeGreaterThan(40_000);
    for (const rows of [report.byWeek, report.byGoalType, report.byRep, report.bySite]) {
      const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
      expect(sum((r) => r.calls)).toBe(report.totals.calls);
      expect(sum((r) => r.planRate.numerator)).toBe(report.totals.planRate.numerator);
      expect(sum((r) => r.goalHitRate.denominator)).toBe(report.totals.goalHitRate.denominator);
      expect(sum((r) => r.followUpOnTime.numerator)).toBe(report.totals.followUpOnTime.numerator);
    }
    // 1 March 2026 is a Sunday (W09), 31 August a Monday (W36): 28 weeks, the first and last one day each.
    expect(report.byWeek).toHaveLength(28);
    expect([report.byWeek[0]?.key, report.byWeek[27]?.key]).toEqual(['2026-W09', '2026-W36']);
    expect(report.byRep).toHaveLength(6);
  });
});
