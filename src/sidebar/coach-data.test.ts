import { describe, expect, it } from 'vitest';
import { QUESTION_LIBRARY, suggestQuestions, type LibraryQuestion } from '../coach';
import { questionKey } from '../coach/normalize-text';
import { sidebarCoach } from './coach-data';

const EMPTY_COUNTS = { learn: { asked: 0, met: 0 }, commit: { asked: 0, met: 0 }, next_step: { asked: 0, met: 0 } };
const TEAM: LibraryQuestion = {
  id: 'team-worth-it',
  text: 'What would it be worth to your team if month-end took one day instead of four?',
  goalTypes: ['learn'],
  stages: ['discovery'],
  theme: 'implications',
};

describe('the sidebar coach', () => {
  it('adds the team questions to the built-in library; a team question with a built-in id replaces it', () => {
    const builtIn = QUESTION_LIBRARY[0] as LibraryQuestion;
    const reworded = { ...builtIn, text: 'How would you describe, in your own words, what is getting in the way?' };
    const coach = sidebarCoach({ teamQuestions: [TEAM, reworded], stats: { overall: EMPTY_COUNTS, byQuestion: [] } });
    expect(coach.library).toHaveLength(QUESTION_LIBRARY.length + 1);
    expect(coach.library.find((q) => q.id === builtIn.id)?.text).toBe(reworded.text);
    expect(coach.library.some((q) => q.id === TEAM.id)).toBe(true);
  });

  it('ranks a question with a long record of met goals first for that goal type', () => {
    const record = { ...EMPTY_COUNTS, learn: { asked: 40, met: 36 } };
    const overall = { ...EMPTY_COUNTS, learn: { asked: 200, met: 80 } };
    const key = questionKey(TEAM.text);
    const coach = sidebarCoach({ teamQuestions: [TEAM], stats: { overall, byQuestion: [[key, record]] } });
    const [first] = suggestQuestions({ goalType: 'learn', stage: 'discovery' }, { askedOfContact: [], stats: coach.stats }, coach.library, 4);
    expect(first?.question.id).toBe(TEAM.id);
  });
});
