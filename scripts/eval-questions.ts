/**
 * Scores assessQuestion on tests/data/questions-eval.json and lintGoal on tests/data/goals-eval.json.
 * Usage: npm run eval:questions [-- --misses]
 * Exits 1 when precision or recall of the self-serving flag drops below 0.9, so CI can gate on it.
 * The hold-out sets (questions-holdout*.json, goals-holdout*.json, each written after the rules to see how they
 * generalise) are reported, not gated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { assessQuestion } from '../src/coach/assess-question';
import { binaryMetrics, evaluateQuestions, formatConfusion, LabelledQuestion, type QuestionEvaluation } from '../src/coach/evaluate';
import { lintGoal } from '../src/coach/lint-goal';
import { GoalType } from '../src/shared/domain';

const THRESHOLD = 0.9;
const DATA = new URL('../tests/data/', import.meta.url);
const byNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
const holdouts = (prefix: string): string[] =>
  readdirSync(DATA).filter((name) => name.startsWith(`${prefix}-holdout`) && name.endsWith('.json')).sort(byNumber);
const LabelledGoal = z.strictObject({ type: GoalType, outcome: z.string(), vague: z.boolean() });
const showMisses = process.argv.includes('--misses');

function run(name: string): QuestionEvaluation {
  const url = new URL(name, DATA);
  const items = z.array(LabelledQuestion).parse(JSON.parse(readFileSync(url, 'utf8')));
  const result = evaluateQuestions(items, assessQuestion);
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
  console.log(`\n${name}: ${items.length} questions`);
  console.log(`self_serving  precision ${pct(result.precision)}  recall ${pct(result.recall)}  F1 ${pct(result.f1)}`);
  console.log('confusion (rows: label, columns: predicted)');
  for (const line of formatConfusion(result.confusion)) console.log(line);
  if (showMisses) {
    for (const miss of result.misses) console.log(`  ${miss.label} -> ${miss.predicted} (${miss.kind ?? ''}): ${miss.text}`);
  }
  return result;
}

function runGoals(name: string): void {
  const goals = z.array(LabelledGoal).parse(JSON.parse(readFileSync(new URL(name, DATA), 'utf8')));
  const pairs = goals.map((goal) => [goal.vague, lintGoal({ type: goal.type, outcome: goal.outcome }).vague] as const);
  const metrics = binaryMetrics(pairs);
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
  console.log(`\n${name}: ${goals.length} goals`);
  console.log(`vague  precision ${pct(metrics.precision)}  recall ${pct(metrics.recall)}`);
  if (showMisses) {
    goals.forEach((goal, i) => {
      const predicted = pairs[i]?.[1];
      if (predicted !== goal.vague) console.log(`  ${goal.vague ? 'vague' : 'sharp'} -> ${predicted ? 'vague' : 'sharp'}: ${goal.outcome}`);
    });
  }
}

const main = run('questions-eval.json');
for (const name of holdouts('questions')) run(name);
runGoals('goals-eval.json');
for (const name of holdouts('goals')) runGoals(name);
if (main.precision < THRESHOLD || main.recall < THRESHOLD) {
  console.error(`FAIL: precision and recall on questions-eval.json must both be at least ${THRESHOLD}`);
  process.exit(1);
}
