/**
 * The shape of one coaching question, shared by the built-in library and team question banks,
 * so an imported question is held to exactly the same rules as ours.
 */
import type { GoalType, Stage, Theme } from '../shared/domain-values';
import type { LibraryQuestion } from './library-question-schema';

export type { LibraryQuestion };

/** Compact codes keep the data files readable: one question per line. */
const GOAL_CODES: Readonly<Record<string, GoalType>> = { L: 'learn', C: 'commit', N: 'next_step' };
const STAGE_CODES: Readonly<Record<string, Stage>> = {
  F: 'first_conversation',
  D: 'discovery',
  U: 'follow_up',
  S: 'stalled',
  R: 'renewal_expansion',
};

export type QuestionRow = readonly [
  slug: string,
  /** Goal types as letters: L learn, C commit, N next step. */
  goals: string,
  /** Stages as letters: F first conversation, D discovery, U follow-up, S stalled, R renewal/expansion. */
  stages: string,
  text: string,
  extra?: { roles?: string[]; industries?: string[] },
];

function decode<T>(codes: string, table: Readonly<Record<string, T>>, slug: string): T[] {
  return [...codes].map((code) => {
    const value = table[code];
    if (value === undefined) throw new Error(`question ${slug}: unknown code "${code}"`);
    return value;
  });
}

/** Expands one theme's rows; ids are prefixed with the theme so slugs never collide across files. */
export function defineQuestions(theme: Theme, rows: readonly QuestionRow[]): LibraryQuestion[] {
  return rows.map(([slug, goals, stages, text, extra]) => ({
    id: `${theme.replace(/_/g, '-')}-${slug}`,
    text,
    goalTypes: decode(goals, GOAL_CODES, slug),
    stages: decode(stages, STAGE_CODES, slug),
    theme,
    ...(extra?.roles ? { roles: extra.roles } : {}),
    ...(extra?.industries ? { industries: extra.industries } : {}),
  }));
}
