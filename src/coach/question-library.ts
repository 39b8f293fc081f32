/**
 * The built-in question library: every question asks from the customer's side, grouped by theme.
 * The data lives in one file per theme so each stays reviewable on its own.
 */
import type { LibraryQuestion } from './library-question';
import { DECISION_QUESTIONS } from './library/decision-questions';
import { GOALS_QUESTIONS } from './library/goals-questions';
import { IMPLICATIONS_QUESTIONS } from './library/implications-questions';
import { PRIORITIES_QUESTIONS } from './library/priorities-questions';
import { PROBLEMS_QUESTIONS } from './library/problems-questions';
import { RISKS_QUESTIONS } from './library/risks-questions';
import { SUCCESS_QUESTIONS } from './library/success-questions';
import { WHAT_CHANGED_QUESTIONS } from './library/what-changed-questions';
import { WHAT_TRIED_QUESTIONS } from './library/what-tried-questions';

// Frozen so a caller (or a test) can never mutate the shared library in place.
export const QUESTION_LIBRARY: readonly LibraryQuestion[] = Object.freeze([
  ...GOALS_QUESTIONS,
  ...PROBLEMS_QUESTIONS,
  ...IMPLICATIONS_QUESTIONS,
  ...WHAT_CHANGED_QUESTIONS,
  ...WHAT_TRIED_QUESTIONS,
  ...PRIORITIES_QUESTIONS,
  ...SUCCESS_QUESTIONS,
  ...RISKS_QUESTIONS,
  ...DECISION_QUESTIONS,
]);
