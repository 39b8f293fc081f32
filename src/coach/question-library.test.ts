import { describe, expect, it } from 'vitest';
import { GOAL_TYPES, STAGES, THEMES } from '../shared/domain';
import { assessQuestion } from './assess-question';
import { LibraryQuestion } from './library-question-schema';
import { questionKey } from './normalize-text';
import { QUESTION_LIBRARY } from './question-library';

describe('QUESTION_LIBRARY', () => {
  it('has at least 150 schema-valid questions', () => {
    expect(QUESTION_LIBRARY.length).toBeGreaterThanOrEqual(150);
    for (const question of QUESTION_LIBRARY) expect(LibraryQuestion.parse(question)).toEqual(question);
  });

  it('has unique ids and unique texts (ignoring case and punctuation)', () => {
    const ids = QUESTION_LIBRARY.map((q) => q.id);
    const keys = QUESTION_LIBRARY.map((q) => questionKey(q.text));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers every theme, stage and goal type well', () => {
    for (const theme of THEMES) expect(QUESTION_LIBRARY.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(15);
    for (const stage of STAGES) expect(QUESTION_LIBRARY.filter((q) => q.stages.includes(stage)).length, stage).toBeGreaterThanOrEqual(20);
    for (const type of GOAL_TYPES) expect(QUESTION_LIBRARY.filter((q) => q.goalTypes.includes(type)).length, type).toBeGreaterThanOrEqual(20);
  });

  it('offers every goal type at every stage, so no plan comes back empty', () => {
    for (const stage of STAGES) {
      for (const type of GOAL_TYPES) {
        const count = QUESTION_LIBRARY.filter((q) => q.stages.includes(stage) && q.goalTypes.includes(type)).length;
        expect(count, `${type} at ${stage}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('has some role- and industry-specific questions', () => {
    expect(QUESTION_LIBRARY.some((q) => q.roles !== undefined)).toBe(true);
    expect(QUESTION_LIBRARY.some((q) => q.industries !== undefined)).toBe(true);
  });

  it('assesses every library question as curious', () => {
    const notCurious = QUESTION_LIBRARY.filter((q) => assessQuestion(q.text).verdict !== 'curious').map((q) => q.id);
    expect(notCurious).toEqual([]);
  });

  it('is frozen so no caller can change it in place', () => {
    expect(Object.isFrozen(QUESTION_LIBRARY)).toBe(true);
  });
});
