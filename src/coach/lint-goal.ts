/**
 * Goal lint: is the rep's goal something that will be observably true (or false) when they hang up,
 * stated from the customer's side? Runs on every keystroke, so it is a handful of precompiled regexes.
 */
import type { GoalType } from '../shared/domain';
import { assessQuestion } from './assess-question';
import {
  NAMED,
  OBSERVABLE_ACTION,
  OPENER_EXAMPLES,
  SHARP_GOAL_EXAMPLES,
  SPECIFICS,
  SPECIFIC_LEARNING,
  SUCCESS_TEST_EXAMPLES,
  VAGUE_PHRASES,
  VAGUE_SUCCESS_TEST,
} from './goal-lint-rules';
import { normalizeText } from './normalize-text';

export interface GoalDraft {
  type: GoalType;
  outcome: string;
  successTest?: string;
  opener?: string;
}

export interface GoalIssue {
  field: 'outcome' | 'successTest' | 'opener';
  kind: string;
  reason: string;
  example?: string;
}

export interface GoalLint {
  vague: boolean;
  issues: GoalIssue[];
}

/** Observable: names what will be known, or an arrangement concrete enough to check afterwards. */
function isObservable(raw: string, normalized: string): boolean {
  if (SPECIFIC_LEARNING.test(normalized)) return true;
  if (!OBSERVABLE_ACTION.test(normalized)) return false;
  return SPECIFICS.test(normalized) || NAMED.test(raw) || normalized.split(' ').length >= 6;
}

function isSharpTest(successTest: string | undefined): boolean {
  const normalized = normalizeText(successTest ?? '');
  return normalized.split(' ').length >= 3 && !VAGUE_SUCCESS_TEST.test(normalized);
}

function lintOutcome(type: GoalType, outcome: string): GoalIssue | undefined {
  const normalized = normalizeText(outcome);
  const example = SHARP_GOAL_EXAMPLES[type];
  if (normalized.length === 0) {
    return { field: 'outcome', kind: 'missing', reason: 'Say what should be true when you hang up.', example };
  }
  const observable = isObservable(outcome, normalized);
  const phrase = VAGUE_PHRASES.find((rule) => rule.pattern.test(normalized) && !(rule.soft === true && observable));
  if (phrase) return { field: 'outcome', kind: phrase.kind, reason: phrase.reason, example };
  return undefined;
}

/** Lints a goal as typed; `vague` is what the plan gate acts on, `issues` is what the rep reads. */
export function lintGoal(goal: GoalDraft): GoalLint {
  const issues: GoalIssue[] = [];
  const outcomeIssue = lintOutcome(goal.type, goal.outcome);
  if (outcomeIssue) issues.push(outcomeIssue);
  const sharpTest = isSharpTest(goal.successTest);
  const observable = isObservable(goal.outcome, normalizeText(goal.outcome));
  // An outcome nobody can observe is rescued only by a success test that says how you will tell.
  if (!outcomeIssue && !observable && !sharpTest) {
    issues.push({
      field: 'outcome',
      kind: 'not_observable',
      reason: 'Nothing in this outcome can be seen to happen on the call; add a success test or name the result.',
      example: SHARP_GOAL_EXAMPLES[goal.type],
    });
  }
  if ((outcomeIssue || !observable) && !sharpTest) {
    const missing = (goal.successTest ?? '').trim().length === 0;
    issues.push({
      field: 'successTest',
      kind: missing ? 'missing' : 'vague',
      reason: missing
        ? 'How will you know it worked? Finish the sentence "I will know it worked if…".'
        : 'This test could pass on any call; name something the customer says or does.',
      example: SUCCESS_TEST_EXAMPLES[goal.type],
    });
  }
  const opener = goal.opener?.trim();
  if (opener) {
    const assessment = assessQuestion(opener);
    if (assessment.verdict === 'self_serving') {
      issues.push({
        field: 'opener',
        kind: assessment.kind ?? 'weak',
        reason: `${assessment.reasons[0] ?? 'A weak opener.'} Open with why you are calling and a question about them.`,
        example: OPENER_EXAMPLES[goal.type],
      });
    }
  }
  const vague = issues.some((issue) => issue.field === 'outcome');
  return { vague, issues };
}
