import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { GoalType } from '../shared/domain';
import { binaryMetrics } from './evaluate';
import { SHARP_GOAL_EXAMPLES } from './goal-lint-rules';
import { lintGoal } from './lint-goal';

const LabelledGoal = z.strictObject({ type: GoalType, outcome: z.string(), vague: z.boolean() });

function load(name: string): z.infer<typeof LabelledGoal>[] {
  const url = new URL(`../../tests/data/${name}`, import.meta.url);
  return z.array(LabelledGoal).parse(JSON.parse(readFileSync(url, 'utf8')));
}

describe('lintGoal on the labelled sets', () => {
  it.each(['goals-eval.json', 'goals-holdout.json'])('flags vague goals in %s with precision and recall of at least 0.9', (name) => {
    const goals = load(name);
    if (name === 'goals-eval.json') expect(goals.length).toBeGreaterThanOrEqual(100);
    const metrics = binaryMetrics(goals.map((goal) => [goal.vague, lintGoal({ type: goal.type, outcome: goal.outcome }).vague] as const));
    console.info(`${name}: precision ${metrics.precision.toFixed(3)}, recall ${metrics.recall.toFixed(3)}`);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('lintGoal', () => {
  it.each(GoalType.options)('explains a vague %s goal with a sharper example of the same type', (type) => {
    const result = lintGoal({ type, outcome: 'Just checking in', successTest: '' });
    expect(result.vague).toBe(true);
    const issue = result.issues.find((i) => i.field === 'outcome');
    expect(issue).toMatchObject({ kind: 'check_in', example: SHARP_GOAL_EXAMPLES[type] });
    expect(issue?.reason.length).toBeGreaterThan(20);
  });

  it('names self-centred goals as such', () => {
    expect(lintGoal({ type: 'commit', outcome: 'Pitch the new product' }).issues[0]?.kind).toBe('self_centred');
  });

  it('accepts a sharp goal and asks nothing more of it', () => {
    const result = lintGoal({ type: 'next_step', outcome: 'Book a workshop with the three team leads before March 1', successTest: '' });
    expect(result).toEqual({ vague: false, issues: [] });
  });

  it('asks for a success test when the outcome cannot be observed', () => {
    const result = lintGoal({ type: 'learn', outcome: 'Their onboarding story', successTest: '' });
    expect(result.vague).toBe(true);
    expect(result.issues.map((i) => `${i.field}:${i.kind}`)).toEqual(['outcome:not_observable', 'successTest:missing']);
  });

  it('lets a sharp success test rescue an outcome that is hard to observe', () => {
    const result = lintGoal({ type: 'learn', outcome: 'Their onboarding story', successTest: 'I can name the step where new hires drop off' });
    expect(result).toEqual({ vague: false, issues: [] });
  });

  it('calls out a success test that any call would pass', () => {
    const result = lintGoal({ type: 'learn', outcome: 'Their onboarding story', successTest: 'It goes well' });
    expect(result.issues.find((i) => i.field === 'successTest')?.kind).toBe('vague');
  });

  it.each(['How are you doing today?', 'Is now a good time?'])('suggests a better opener than %s', (opener) => {
    const result = lintGoal({ type: 'learn', outcome: 'Learn why the pilot stalled after week two', opener });
    expect(result.vague).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ field: 'opener', kind: 'empty_opener' });
    expect(result.issues[0]?.example).toMatch(/calling/);
  });

});
