/**
 * The coach's per-keystroke and per-plan logic, in node: goal lint per keystroke, self-serving
 * assessment per question, and question ranking over a 1,000-question library.
 */
import { readFileSync } from 'node:fs';
import { assessQuestion, EMPTY_QUESTION_STATS, lintGoal, QUESTION_LIBRARY, suggestQuestions, type LibraryQuestion } from '../src/coach/index';
import { GOAL_TYPES, STAGES } from '../src/shared/domain';
import { figure, mean, p95 } from './stats.mjs';

const ROUNDS = 40;
const WARM_UP = 5;

/** 60 characters, typed one at a time: each prefix is linted as the sidebar does on input. */
const GOAL = 'Learn which two depots failed the Q3 audit and what it cost.';

function measureLint() {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS + WARM_UP; round += 1) {
    for (let length = 1; length <= GOAL.length; length += 1) {
      const start = performance.now();
      lintGoal({ type: 'learn', outcome: GOAL.slice(0, length), successTest: 'They name both depots and the cost' });
      if (round >= WARM_UP) samples.push(performance.now() - start);
    }
  }
  return figure('Goal lint per keystroke (p95)', p95(samples), 'ms', 1, `lintGoal, ${GOAL.length}-char goal typed char by char, ${ROUNDS} rounds (${samples.length} calls)`);
}

function measureAssess() {
  const questions = (JSON.parse(readFileSync('tests/data/questions-eval.json', 'utf8')) as { text: string }[]).map((q) => q.text);
  const perRound: number[] = [];
  for (let round = 0; round < ROUNDS + WARM_UP; round += 1) {
    const start = performance.now();
    for (const text of questions) assessQuestion(text);
    if (round >= WARM_UP) perRound.push((performance.now() - start) / questions.length);
  }
  return figure('assessQuestion (mean per question)', mean(perRound), 'ms', 0.1, `${questions.length} questions of tests/data/questions-eval.json, mean of ${ROUNDS} rounds`);
}

/** The built-in library repeated with fresh ids until it holds 1,000 questions (a large team bank). */
function libraryOf(size: number): readonly LibraryQuestion[] {
  const out: LibraryQuestion[] = [];
  for (let copy = 0; out.length < size; copy += 1) {
    for (const q of QUESTION_LIBRARY) {
      if (out.length === size) break;
      out.push({ ...q, id: `${q.id}-${copy}`, text: copy === 0 ? q.text : `${q.text.slice(0, -1)} (${copy})?` });
    }
  }
  return Object.freeze(out);
}

function measureSuggest() {
  const library = libraryOf(1_000);
  const coldStart = performance.now();
  suggestQuestions({ goalType: 'learn', stage: 'discovery' }, { askedOfContact: [], stats: EMPTY_QUESTION_STATS }, library, 5);
  const cold = performance.now() - coldStart;
  const samples: number[] = [];
  const asked = QUESTION_LIBRARY.slice(0, 10).map((q) => q.text);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const goalType of GOAL_TYPES) {
      for (const stage of STAGES) {
        const start = performance.now();
        suggestQuestions({ goalType, stage, role: 'finance', industry: 'logistics' }, { askedOfContact: asked, stats: EMPTY_QUESTION_STATS }, library, 5);
        samples.push(performance.now() - start);
      }
    }
  }
  return [
    figure('suggestQuestions, 1,000-question library (p95)', p95(samples), 'ms', 1, `${samples.length} calls over every goal type × stage; library prepared once (cached by identity)`),
    figure('suggestQuestions, first call incl. preparing the library', cold, 'ms', null, 'one-off per library'),
  ];
}

export function measure() {
  return [measureLint(), measureAssess(), ...measureSuggest()];
}
