/** The coach's public surface: pure functions and data, safe to import from any context. */
export { LibraryQuestion } from './library-question-schema';
export { defineQuestions } from './library-question';
export { QUESTION_LIBRARY } from './question-library';
export { assessQuestion, assessScript, type Assessment, type ScriptAssessment, type Verdict } from './assess-question';
export { SELF_SERVING_KINDS, type SelfServingKind } from './assessment-rule';
export { splitQuestions } from './split-questions';
export { normalizeText, questionKey } from './normalize-text';
export {
  binaryMetrics,
  evaluateQuestions,
  formatConfusion,
  LabelledQuestion,
  type BinaryMetrics,
  type ConfusionMatrix,
  type QuestionEvaluation,
} from './evaluate';
export {
  buildQuestionStats,
  EMPTY_QUESTION_STATS,
  questionStatsFromData,
  questionStatsToData,
  smoothedSuccessRate,
  type GoalCounts,
  type QuestionStats,
  type QuestionStatsData,
} from './question-stats';
export { suggestQuestions, type SuggestHistory, type SuggestPlan, type Suggestion } from './suggest-questions';
export { lintGoal, type GoalDraft, type GoalIssue, type GoalLint } from './lint-goal';
export {
  exportQuestionBank,
  MAX_QUESTION_BANK_BYTES,
  parseQuestionBank,
  QuestionBankFile,
  type ParseQuestionBankResult,
} from './question-bank';
