/**
 * What past calls say about each question: on calls with a stated goal of a given type, how often
 * was it asked and how often was the goal met. The ranking uses it; nothing here judges wording.
 */
import type { CallRecord } from '../shared/call-record';
import { GOAL_TYPES, type GoalType } from '../shared/domain-values';
import { questionKey } from './normalize-text';

export interface GoalCounts {
  asked: number;
  met: number;
}

export type CountsByGoal = Readonly<Record<GoalType, GoalCounts>>;

export interface QuestionStats {
  /** Keyed by questionKey(text): casing, punctuation and contractions do not split a question's history. */
  byQuestion: ReadonlyMap<string, CountsByGoal>;
  /** Calls with a stated goal of each type and how many met it: the prior every question starts from. */
  overall: CountsByGoal;
}

function emptyCounts(): Record<GoalType, GoalCounts> {
  const counts = {} as Record<GoalType, GoalCounts>;
  for (const type of GOAL_TYPES) counts[type] = { asked: 0, met: 0 };
  return counts;
}

export const EMPTY_QUESTION_STATS: QuestionStats = { byQuestion: new Map(), overall: emptyCounts() };

/** Counts each question once per call; calls without a goal or without a goal-met answer say nothing. */
export function buildQuestionStats(calls: readonly CallRecord[]): QuestionStats {
  const byQuestion = new Map<string, Record<GoalType, GoalCounts>>();
  const overall = emptyCounts();
  for (const call of calls) {
    const goalMet = call.outcome?.goalMet;
    if (!call.goal || !call.outcome || goalMet === undefined) continue;
    const type = call.goal.type;
    const met = goalMet === 'yes' ? 1 : 0;
    overall[type].asked += 1;
    overall[type].met += met;
    const keys = new Set(call.outcome.questionsAsked.map(questionKey).filter((key) => key.length > 0));
    for (const key of keys) {
      let counts = byQuestion.get(key);
      if (!counts) byQuestion.set(key, (counts = emptyCounts()));
      counts[type].asked += 1;
      counts[type].met += met;
    }
  }
  return { byQuestion, overall };
}

/**
 * Laplace-style smoothing toward the team's overall rate: a question asked on two lucky calls does
 * not outrank one with a long, solid record. PRIOR_WEIGHT is "how many calls the prior is worth".
 */
export const PRIOR_WEIGHT = 8;

export function smoothedSuccessRate(counts: GoalCounts | undefined, overall: GoalCounts): number {
  const prior = overall.asked > 0 ? (overall.met + 1) / (overall.asked + 2) : 0.5;
  const asked = counts?.asked ?? 0;
  const met = counts?.met ?? 0;
  return (met + PRIOR_WEIGHT * prior) / (asked + PRIOR_WEIGHT);
}

/** Question stats as plain data, so they can cross a message (a Map does not survive serialisation). */
export interface QuestionStatsData {
  overall: CountsByGoal;
  byQuestion: [key: string, counts: CountsByGoal][];
}

const totalAsked = (counts: CountsByGoal): number => GOAL_TYPES.reduce((sum, type) => sum + counts[type].asked, 0);

/** The `max` most-asked questions (ties by key, so the result is deterministic): the ones with a record worth ranking on. */
export function questionStatsToData(stats: QuestionStats, max: number): QuestionStatsData {
  const entries = [...stats.byQuestion.entries()]
    .sort(([keyA, a], [keyB, b]) => totalAsked(b) - totalAsked(a) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
    .slice(0, max);
  return { overall: stats.overall, byQuestion: entries };
}

export function questionStatsFromData(data: QuestionStatsData): QuestionStats {
  return { overall: data.overall, byQuestion: new Map(data.byQuestion) };
}
