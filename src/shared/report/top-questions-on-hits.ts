/**
 * Which questions were asked on calls that met their goal: the manager's "what works" list.
 * Counts are calls, not mentions: a question logged twice on one call counts once.
 */
import type { ReportCall } from './report-row';

export interface QuestionCount {
  /** The normalized text the questions were grouped by. */
  text: string;
  /** How many goal-met calls asked it. */
  count: number;
}

/**
 * Reps type the same question many ways; grouping needs one spelling. NFKC folds full-width and
 * compatibility forms, whitespace runs collapse, case and trailing "?" are dropped.
 */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s?？]+$/u, '')
    .toLowerCase();
}

function isGoalHit(call: ReportCall): boolean {
  return call.goal !== null && call.outcome?.reached === 'connected' && call.outcome.goalMet === 'yes';
}

/** The n most asked questions on goal-met calls, most asked first; ties by text so the order is stable. */
export function topQuestionsOnHits(calls: readonly ReportCall[], n: number): QuestionCount[] {
  const counts = new Map<string, number>();
  const seenOnCall = new Set<string>();
  for (const call of calls) {
    if (!isGoalHit(call) || call.outcome === undefined) continue;
    seenOnCall.clear();
    for (const asked of call.outcome.questionsAsked) {
      const text = normalizeQuestion(asked);
      if (text === '' || seenOnCall.has(text)) continue;
      seenOnCall.add(text);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .slice(0, Math.max(0, n));
}
