/**
 * The team's own questions, added to the built-in library. Kept in storage.local under one versioned key:
 * they are shared coaching text, not call data or anything personal, they are small (at most 5,000 questions,
 * ~5 MB by the bank file's own cap) and the sidebar can read them without waking the background.
 * Every write goes through parseQuestionBank, so stored questions pass the same checks as an imported file.
 */
import * as z from 'zod';
import { browser } from '../shared/browser';
import { exportQuestionBank, LibraryQuestion, parseQuestionBank } from '../coach';
import { MessageError } from '../shared/message-errors';
import type { RequestOf, ResponseOf } from '../shared/messages';
import { defineItem, type StorageAreaLike } from '../shared/storage';

export const TEAM_QUESTIONS_KEY = 'teamQuestions';

export function teamQuestionsItem(area: () => StorageAreaLike = () => browser.storage.local) {
  return defineItem({ key: TEAM_QUESTIONS_KEY, schema: z.array(LibraryQuestion).max(5000), defaultValue: [], version: 1 }, area);
}

/** Incoming questions replace stored ones with the same id and are added otherwise: importing twice changes nothing. */
export function mergeQuestions(stored: readonly LibraryQuestion[], incoming: readonly LibraryQuestion[]) {
  const byId = new Map(stored.map((q) => [q.id, q]));
  let added = 0;
  for (const question of incoming) {
    if (!byId.has(question.id)) added += 1;
    byId.set(question.id, question);
  }
  return { questions: [...byId.values()], added, updated: incoming.length - added };
}

/** Re-checks questions exactly as a file is checked (ids unique, nothing self-serving); throws with the reason. */
function checked(questions: readonly LibraryQuestion[]): LibraryQuestion[] {
  const result = parseQuestionBank(exportQuestionBank(questions), 'team questions');
  if (!result.ok) throw new MessageError('invalid', `Import rejected, nothing was changed: ${result.error}`);
  return result.questions;
}

export function questionBankHandlers(item = teamQuestionsItem()) {
  return {
    get: async (): Promise<ResponseOf<'get-team-questions'>> => ({ questions: await item.get() }),
    import: async ({ questions }: RequestOf<'import-team-questions'>): Promise<ResponseOf<'import-team-questions'>> => {
      const merged = mergeQuestions(await item.get(), checked(questions));
      return { questions: await item.set(checked(merged.questions)), added: merged.added, updated: merged.updated };
    },
    remove: async ({ id }: RequestOf<'remove-team-question'>): Promise<ResponseOf<'remove-team-question'>> => ({
      questions: await item.update((current) => current.filter((q) => q.id !== id)),
    }),
  };
}
