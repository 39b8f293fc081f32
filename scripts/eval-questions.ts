/**
 * Scores assessQuestion on tests/data/questions-eval.json. Usage: npm run eval:questions [-- --misses]
 * Exits 1 when precision or recall of the self-serving flag drops below 0.9, so CI can gate on it.
 * The hold-out sets (written after the rules, to see how they generalise) are reported, not gated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { assessQuestion } from '../src/coach/assess-question';
import { evaluateQuestions, formatConfusion, LabelledQuestion, type QuestionEvaluation } from '../src/coach/evaluate';

const THRESHOLD = 0.9;
const HOLDOUTS = ['questions-holdout.json', 'questions-holdout-2.json', 'questions-holdout-3.json', 'questions-holdout-4.json', 'questions-holdout-5.json'];
const showMisses = process.argv.includes('--misses');

function run(name: string): QuestionEvaluation {
  const url = new URL(`../tests/data/${name}`, import.meta.url);
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

const main = run('questions-eval.json');
for (const name of HOLDOUTS) {
  if (existsSync(new URL(`../tests/data/${name}`, import.meta.url))) run(name);
}
if (main.precision < THRESHOLD || main.recall < THRESHOLD) {
  console.error(`FAIL: precision and recall on questions-eval.json must both be at least ${THRESHOLD}`);
  process.exit(1);
}
