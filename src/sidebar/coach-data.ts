/**
 * The library and outcome stats the question coach ranks with in this sidebar: the built-in library plus the
 * team's questions (a team question with a built-in id replaces it, so a team can reword one of ours), and how
 * each question did on past calls. Until the background answers, or if it cannot, the built-in library with
 * no stats is a sound ranking, just not a learned one.
 */
import { EMPTY_QUESTION_STATS, QUESTION_LIBRARY, questionStatsFromData, type LibraryQuestion, type QuestionStats } from '../coach';
import type { CoachData } from '../shared/messages';

export interface SidebarCoach {
  library: readonly LibraryQuestion[];
  stats: QuestionStats;
}

export const BUILT_IN_COACH: SidebarCoach = { library: QUESTION_LIBRARY, stats: EMPTY_QUESTION_STATS };

export function sidebarCoach(data: CoachData): SidebarCoach {
  const byId = new Map(QUESTION_LIBRARY.map((question) => [question.id, question]));
  for (const question of data.teamQuestions) byId.set(question.id, question);
  return { library: Object.freeze([...byId.values()]), stats: questionStatsFromData(data.stats) };
}
