/** The question coach's data: team questions plus outcome stats from a year of logged calls, kept for a minute. */
import { describe, expect, it, vi } from 'vitest';
import { questionStatsFromData, questionStatsToData, buildQuestionStats, type LibraryQuestion } from '../coach';
import type { CallRecord } from '../shared/call-record';
import { goal, makeCall } from '../shared/report/make-call';

vi.mock('../shared/browser', () => ({ browser: {} }));
const { coachDataHandler, COACH_DATA_TTL } = await import('./coach-data');

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 12);
const TEAM: LibraryQuestion = {
  id: 'team-budget-worth',
  text: 'What would it be worth to you if this stopped happening?',
  goalTypes: ['learn'],
  stages: ['discovery'],
  theme: 'implications',
};

function logged(n: number, asked: string[], goalMet: 'yes' | 'partly' | 'no', daysAgo = 1): CallRecord {
  const at = NOW - daysAgo * DAY;
  return makeCall({
    n,
    createdAt: at,
    updatedAt: at,
    goal: goal('learn'),
    dial: { status: 'dialed', at },
    outcome: { reached: 'connected', goalMet, questionsAsked: asked, learned: '', loggedAt: at },
  });
}

function setup(calls: CallRecord[]) {
  let now = NOW;
  const reads: number[] = [];
  const readCalls = async function* (from: number) {
    reads.push(from);
    for (const call of calls) if (call.createdAt >= from) yield call;
  };
  const coach = coachDataHandler({ get: async () => ({ questions: [TEAM] }) }, readCalls, () => now);
  return { handler: coach.get, forget: coach.forget, reads, advance: (ms: number) => (now += ms) };
}

describe('get-coach-data', () => {
  it('counts questions asked on logged calls with a goal over the last year, and sends the team questions', async () => {
    const calls = [
      logged(1, ['What changed since last quarter?'], 'yes'),
      logged(2, ['What changed since last quarter?', 'Who else is affected?'], 'no'),
      logged(3, ['What changed since last quarter?'], 'yes', 400), // older than a year: left out
      { ...logged(4, ['Who else is affected?'], 'yes'), goal: null }, // no goal: says nothing about goals met
    ];
    const { handler, reads } = setup(calls);
    const data = await handler();
    expect(reads).toEqual([NOW - 365 * DAY]);
    expect(data.teamQuestions).toEqual([TEAM]);
    expect(data.stats.overall.learn).toEqual({ asked: 2, met: 1 });
    const stats = questionStatsFromData(data.stats);
    expect(stats.byQuestion.get('what changed since last quarter')?.learn).toEqual({ asked: 2, met: 1 });
    expect(stats.byQuestion.get('who else is affected')?.learn).toEqual({ asked: 1, met: 0 });
  });

  it('reads the store once a minute at most, then again', async () => {
    const { handler, reads, advance } = setup([logged(1, ['What changed?'], 'yes')]);
    await Promise.all([handler(), handler()]);
    advance(COACH_DATA_TTL - 1);
    await handler();
    expect(reads).toHaveLength(1);
    advance(1);
    await handler();
    expect(reads).toHaveLength(2);
  });

  it('forgets at once when told a write changed what it counts', async () => {
    const { handler, forget, reads } = setup([logged(1, ['What changed?'], 'yes')]);
    await handler();
    forget();
    await handler();
    expect(reads).toHaveLength(2);
  });

  it('does not remember a failed read', async () => {
    let fail = true;
    const { get: handler } = coachDataHandler(
      { get: async () => ({ questions: [] }) },
      async function* () {
        if (fail) throw new Error('disk on fire');
        yield logged(1, ['What changed?'], 'yes');
      },
      () => NOW,
    );
    await expect(handler()).rejects.toThrow('disk on fire');
    fail = false;
    expect((await handler()).stats.overall.learn.asked).toBe(1);
  });
});

describe('question stats as data', () => {
  it('round-trips and keeps only the most-asked questions, deterministically', () => {
    const calls = [
      logged(1, ['A?', 'B?'], 'yes'),
      logged(2, ['A?', 'C?'], 'no'),
      logged(3, ['A?', 'B?'], 'yes'),
    ];
    const stats = buildQuestionStats(calls);
    expect(questionStatsFromData(questionStatsToData(stats, 10))).toEqual(stats);
    expect(questionStatsToData(stats, 2).byQuestion.map(([key]) => key)).toEqual(['a', 'b']);
  });
});
