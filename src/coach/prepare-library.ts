/**
 * Per-library precomputation for suggestQuestions, cached by array identity: the sidebar re-ranks on
 * every plan change, so keys and lookup sets are built once per library, not once per call.
 */
import type { GoalType, Stage } from '../shared/domain';
import type { LibraryQuestion } from './library-question';
import { questionKey } from './normalize-text';

export interface PreparedQuestion {
  question: LibraryQuestion;
  /** questionKey(text): how call history and "already asked" texts find this question. */
  key: string;
  /** questionKey(id): history may record library ids instead of texts. */
  idKey: string;
  goalTypes: ReadonlySet<GoalType>;
  stages: ReadonlySet<Stage>;
  /** Lowercased; undefined means "any". */
  roles: ReadonlySet<string> | undefined;
  industries: ReadonlySet<string> | undefined;
}

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
    goalTypes: new Set(question.goalTypes),
    stages: new Set(question.stages),
    roles: lowerSet(question.roles),
    industries: lowerSet(question.industries),
  }));
  cache.set(library, prepared);
  return prepared;
}
