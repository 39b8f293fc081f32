/**
 * Picks the next few questions for a call plan: the ones that fit the goal and stage, that have
 * worked on past calls (smoothed), spread across themes, and never one this contact already heard.
 */
import { GOAL_TYPE_LABELS, STAGE_LABELS, THEME_LABELS, type GoalType, type Stage } from '../shared/domain-values';
import type { LibraryQuestion } from './library-question';
import { questionKey } from './normalize-text';
import { smoothedSuccessRate, type GoalCounts, type QuestionStats } from './question-stats';
import { goalBit, prepareLibrary, stageBit, type PreparedQuestion } from './prepare-library';

export interface SuggestPlan {
  goalType: GoalType;
  stage: Stage;
  role?: string;
  industry?: string;
  /** Question ids already shown or picked. */
  exclude?: readonly string[];
}

export interface SuggestHistory {
  /** Texts or ids asked of this contact before. */
  askedOfContact: readonly string[];
  stats: QuestionStats;
}

export interface Suggestion {
  question: LibraryQuestion;
  score: number;
  why: string;
}

// Fit dominates: a well-proven question for the wrong goal is still the wrong question.
const WEIGHT = { goal: 0.45, stage: 0.35, success: 0.2, conditionMet: 0.05, conditionUnknown: -0.05 } as const;

interface Candidate {
  prepared: PreparedQuestion;
  score: number;
  counts: GoalCounts | undefined;
}

const better = (a: Candidate, b: Candidate): boolean =>
  a.score > b.score || (a.score === b.score && a.prepared.question.id < b.prepared.question.id);

/** Inserts into a list kept sorted best-first and capped at `cap`: a partial selection, no full sort. */
function insertTop(list: Candidate[], candidate: Candidate, cap: number): void {
  if (list.length >= cap && !better(candidate, list[list.length - 1]!)) return;
  let index = list.length;
  while (index > 0 && better(candidate, list[index - 1]!)) index -= 1;
  list.splice(index, 0, candidate);
  if (list.length > cap) list.pop();
}

/** 0 when the question has no condition, a bonus or penalty when it has one, null when it excludes. */
function conditionScore(values: ReadonlySet<string> | undefined, wanted: string): number | null {
  if (!values) return 0;
  if (wanted === '') return WEIGHT.conditionUnknown;
  return values.has(wanted) ? WEIGHT.conditionMet : null;
}

function describe(candidate: Candidate, plan: SuggestPlan, rate: number): string {
  const { question } = candidate.prepared;
  const fits = [
    question.goalTypes.includes(plan.goalType) ? `${GOAL_TYPE_LABELS[plan.goalType]} goals` : null,
    question.stages.includes(plan.stage) ? STAGE_LABELS[plan.stage] : null,
  ].filter((part): part is string => part !== null);
  const fit = fits.length > 0 ? `Fits ${fits.join(' and ')}` : 'Closest available fit';
  const asked = candidate.counts?.asked ?? 0;
  const record = asked > 0 ? `goal met on ${candidate.counts?.met ?? 0} of ${asked} calls` : 'no call history yet';
  return `${fit}; ${record} (expected ${Math.round(rate * 100)}%); theme: ${THEME_LABELS[question.theme]}.`;
}

/** The best `n` questions, one per theme before any theme repeats; deterministic, ties broken by id. */
export function suggestQuestions(
  plan: SuggestPlan,
  history: SuggestHistory,
  library: readonly LibraryQuestion[],
  n: number,
): Suggestion[] {
  if (n <= 0) return [];
  const prepared = prepareLibrary(library);
  const excluded = new Set<string>(plan.exclude ?? []);
  for (const asked of history.askedOfContact) excluded.add(asked).add(questionKey(asked));
  const overall = history.stats.overall[plan.goalType];
  const noHistoryRate = smoothedSuccessRate(undefined, overall);
  const role = plan.role?.trim().toLowerCase() ?? '';
  const industry = plan.industry?.trim().toLowerCase() ?? '';
  const { byQuestion } = history.stats;
  const goalMask = goalBit(plan.goalType);
  const stageMask = stageBit(plan.stage);
  // One best-first list per theme, indexed like THEMES; the round-robin below sorts each layer, so order here is free.
  const byTheme: Candidate[][] = [];
  for (const entry of prepared) {
    const roleScore = conditionScore(entry.roles, role);
    const industryScore = conditionScore(entry.industries, industry);
    if (roleScore === null || industryScore === null) continue;
    const counts = byQuestion.size === 0 ? undefined : (byQuestion.get(entry.key) ?? byQuestion.get(entry.idKey))?.[plan.goalType];
    const rate = counts ? smoothedSuccessRate(counts, overall) : noHistoryRate;
    const fit = (entry.goalMask & goalMask ? WEIGHT.goal : 0) + (entry.stageMask & stageMask ? WEIGHT.stage : 0);
    const score = fit + WEIGHT.success * rate + roleScore + industryScore;
    let list = byTheme[entry.themeIndex];
    if (!list) byTheme[entry.themeIndex] = list = [];
    // Most entries lose to their theme's current n-th best: skip them before the exclusion lookups or any allocation.
    const last = list[n - 1];
    if (last && (score < last.score || (score === last.score && entry.question.id > last.prepared.question.id))) continue;
    if (excluded.has(entry.question.id) || excluded.has(entry.key)) continue;
    insertTop(list, { prepared: entry, score, counts }, n);
  }
  // Round-robin over themes: round r takes each theme's r-th best, best themes first.
  const picked: Candidate[] = [];
  for (let round = 0; picked.length < n; round += 1) {
    const layer = byTheme.map((list) => list[round]).filter((c): c is Candidate => c !== undefined);
    if (layer.length === 0) break;
    layer.sort((a, b) => (better(a, b) ? -1 : 1));
    picked.push(...layer.slice(0, n - picked.length));
  }
  return picked.map((candidate) => ({
    question: candidate.prepared.question,
    score: Math.round(candidate.score * 1e6) / 1e6,
    why: describe(candidate, plan, smoothedSuccessRate(candidate.counts, overall)),
  }));
}
