/**
 * Per-library precomputation for suggestQuestions, cached by array identity: the sidebar re-ranks on
 * every plan change, so keys and lookup sets are built once per library, not once per call.
 */
import { GOAL_TYPES, STAGES, THEMES, type GoalType, type Stage } from '../shared/domain-values';
import type { LibraryQuestion } from './library-question';
import { questionKey } from './normalize-text';

export interface PreparedQuestion {
  question: LibraryQuestion;
  /** questionKey(text): how call history and "already asked" texts find this question. */
  key: string;
  /** questionKey(id): history may record library ids instead of texts. */
  idKey: string;
  /** Bit i set when the question fits GOAL_TYPES[i] (goalBit); a mask test is cheaper than a Set lookup. */
  goalMask: number;
  /** Bit i set when the question fits STAGES[i] (stageBit). */
  stageMask: number;
  /** Index into THEMES, so ranking can bucket by theme in an array instead of a Map. */
  themeIndex: number;
  /** Lowercased; undefined means "any". */
  roles: ReadonlySet<string> | undefined;
  industries: ReadonlySet<string> | undefined;
}

const maskOf = <T>(values: readonly T[], all: readonly T[]): number =>
  values.reduce((mask, value) => mask | (1 << all.indexOf(value)), 0);

export const goalBit = (type: GoalType): number => 1 << GOAL_TYPES.indexOf(type);
export const stageBit = (stage: Stage): number => 1 << STAGES.indexOf(stage);

const cache = new WeakMap<readonly LibraryQuestion[], readonly PreparedQuestion[]>();

const lowerSet = (values: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  values ? new Set(values.map((value) => value.trim().toLowerCase())) : undefined;

/**
 * The prepared form of a library. Callers must treat libraries as immutable (QUESTION_LIBRARY is
 * frozen); a mutated array would keep its stale cache entry.
 */
export function prepareLibrary(library: readonly LibraryQuestion[]): readonly PreparedQuestion[] {
  const cached = cache.get(library);
  if (cached) return cached;
  const prepared = library.map((question) => ({
    question,
    key: questionKey(question.text),
    idKey: questionKey(question.id),
    goalMask: maskOf(question.goalTypes, GOAL_TYPES),
    stageMask: maskOf(question.stages, STAGES),
    themeIndex: THEMES.indexOf(question.theme),
    roles: lowerSet(question.roles),
    industries: lowerSet(question.industries),
  }));
  cache.set(library, prepared);
  return prepared;
}
