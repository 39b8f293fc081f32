import { describe, expect, it } from 'vitest';
import { THEMES } from '../shared/domain';
import type { LibraryQuestion } from './library-question';
import { buildQuestionStats, EMPTY_QUESTION_STATS } from './question-stats';
import { QUESTION_LIBRARY } from './question-library';
import { suggestQuestions, type SuggestPlan } from './suggest-questions';
import { makeCall } from './make-call';

const plan: SuggestPlan = { goalType: 'learn', stage: 'discovery' };
const noHistory = { askedOfContact: [], stats: EMPTY_QUESTION_STATS };

describe('suggestQuestions', () => {
  it('returns questions that fit the goal type and stage, one theme each while themes remain', () => {
    const picks = suggestQuestions(plan, noHistory, QUESTION_LIBRARY, 9);
    expect(picks).toHaveLength(9);
    expect(new Set(picks.map((p) => p.question.theme)).size).toBe(9);
    for (const { question, why } of picks) {
      expect(question.goalTypes).toContain('learn');
      expect(question.stages).toContain('discovery');
      expect(why).toMatch(/Fits Learn goals and Discovery/);
    }
  });

  it('repeats a theme only after every theme is used', () => {
    const picks = suggestQuestions(plan, noHistory, QUESTION_LIBRARY, 12);
    const firstNine = picks.slice(0, THEMES.length).map((p) => p.question.theme);
    expect(new Set(firstNine).size).toBe(THEMES.length);
  });

  it('never suggests what this contact was already asked, by id or by text', () => {
    const [first, second] = suggestQuestions(plan, noHistory, QUESTION_LIBRARY, 2);
    const history = { askedOfContact: [first!.question.id, second!.question.text.toUpperCase()], stats: EMPTY_QUESTION_STATS };
    const ids = suggestQuestions({ ...plan, exclude: [] }, history, QUESTION_LIBRARY, 40).map((p) => p.question.id);
    expect(ids).not.toContain(first!.question.id);
    expect(ids).not.toContain(second!.question.id);
    const excluded = suggestQuestions({ ...plan, exclude: [first!.question.id] }, noHistory, QUESTION_LIBRARY, 40);
    expect(excluded.map((p) => p.question.id)).not.toContain(first!.question.id);
  });

  it('prefers a question with a strong record, but not on a handful of lucky calls', () => {
    const pool = QUESTION_LIBRARY.filter((q) => q.theme === 'problems' && q.goalTypes.includes('learn') && q.stages.includes('discovery') && !q.roles && !q.industries);
    const [a, b] = [pool[0]!, pool[1]!];
    const calls = [
      ...Array.from({ length: 30 }, (_, i) => makeCall('learn', i < 24 ? 'yes' : 'no', [b.text])),
      ...Array.from({ length: 30 }, () => makeCall('learn', 'no', ['Unrelated question?'])),
    ];
    const stats = buildQuestionStats(calls);
    const top = suggestQuestions(plan, { askedOfContact: [], stats }, pool, 1)[0]!;
    expect(top.question.id).toBe(b.id);
    expect(top.why).toMatch(/goal met on 24 of 30 calls/);
    const lucky = buildQuestionStats([...calls, makeCall('learn', 'yes', [a.text])]);
    expect(suggestQuestions(plan, { askedOfContact: [], stats: lucky }, pool, 1)[0]!.question.id).toBe(b.id);
  });

  it('applies role and industry conditions when given', () => {
    const finance = suggestQuestions({ ...plan, role: 'Finance' }, noHistory, QUESTION_LIBRARY, 40);
    expect(finance.some((p) => p.question.roles?.includes('finance'))).toBe(true);
    expect(finance.every((p) => !p.question.roles || p.question.roles.includes('finance'))).toBe(true);
    const any = suggestQuestions(plan, noHistory, QUESTION_LIBRARY, 9);
    expect(any.every((p) => !p.question.roles && !p.question.industries)).toBe(true);
  });

  it('is deterministic and breaks ties by id', () => {
    const twins: LibraryQuestion[] = ['b-question', 'a-question'].map((id) => ({
      id, text: `What is the hardest part of ${id}?`, goalTypes: ['learn'], stages: ['discovery'], theme: 'problems',
    }));
    const picks = suggestQuestions(plan, noHistory, twins, 2).map((p) => p.question.id);
    expect(picks).toEqual(['a-question', 'b-question']);
    expect(suggestQuestions(plan, noHistory, QUESTION_LIBRARY, 5)).toEqual(suggestQuestions(plan, noHistory, QUESTION_LIBRARY, 5));
  });

});
