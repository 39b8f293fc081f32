import { describe, expect, it } from 'vitest';
import { buildQuestionStats, EMPTY_QUESTION_STATS, PRIOR_WEIGHT, smoothedSuccessRate } from './question-stats';
import { questionKey } from './normalize-text';
import { makeCall } from './make-call';

describe('buildQuestionStats', () => {
  it('counts asks and met goals per question and goal type, merging spelling variants', () => {
    const stats = buildQuestionStats([
      makeCall('learn', 'yes', ['What changed since March?']),
      makeCall('learn', 'partly', ['what CHANGED since march']),
      makeCall('commit', 'yes', ['What changed since March?']),
    ]);
    const counts = stats.byQuestion.get(questionKey('What changed since March?'));
    expect(counts?.learn).toEqual({ asked: 2, met: 1 });
    expect(counts?.commit).toEqual({ asked: 1, met: 1 });
    expect(stats.overall.learn).toEqual({ asked: 2, met: 1 });
  });

  it('ignores calls without a goal or without a goal-met answer, and repeats within a call', () => {
    const stats = buildQuestionStats([
      makeCall(null, undefined, ['Why now?']),
      makeCall('learn', undefined, ['Why now?']),
      makeCall('learn', 'no', ['Why now?', 'Why now?']),
    ]);
    expect(stats.byQuestion.get(questionKey('Why now?'))?.learn).toEqual({ asked: 1, met: 0 });
  });
});

describe('smoothedSuccessRate', () => {
  it('starts from the team rate and moves toward the question record as calls accumulate', () => {
    const overall = { asked: 98, met: 49 };
    expect(smoothedSuccessRate(undefined, overall)).toBeCloseTo(0.5);
    const lucky = smoothedSuccessRate({ asked: 2, met: 2 }, overall);
    const proven = smoothedSuccessRate({ asked: 40, met: 32 }, overall);
    expect(lucky).toBeLessThan(proven);
    expect(lucky).toBeCloseTo((2 + PRIOR_WEIGHT * 0.5) / (2 + PRIOR_WEIGHT));
  });

  it('uses an even prior when the team has no history', () => {
    expect(smoothedSuccessRate(undefined, EMPTY_QUESTION_STATS.overall.learn)).toBe(0.5);
  });
});
