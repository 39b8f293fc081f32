/** Team question bank: imports merge by id, are checked like a file, and a bad one changes nothing. */
import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../tests/setup/memory-storage';
import type { LibraryQuestion } from '../coach';

vi.mock('../shared/browser', () => ({ browser: {} }));
const { mergeQuestions, questionBankHandlers, teamQuestionsItem, TEAM_QUESTIONS_KEY } = await import('./question-bank');

function question(id: string, text = 'What would have to be true for this to be worth your time?'): LibraryQuestion {
  return { id, text, goalTypes: ['learn'], stages: ['discovery'], theme: 'priorities' };
}

function setup() {
  const area = memoryStorage();
  return { area, bank: questionBankHandlers(teamQuestionsItem(() => area)) };
}

describe('team question bank', () => {
  it('merges by id: new ids are added, known ids replaced; importing twice changes nothing', async () => {
    const { bank } = setup();
    expect(await bank.import({ questions: [question('team-a'), question('team-b')] })).toMatchObject({ added: 2, updated: 0 });
    const again = await bank.import({ questions: [question('team-a'), question('team-b')] });
    expect(again).toMatchObject({ added: 0, updated: 2 });
    expect(again.questions.map((q) => q.id)).toEqual(['team-a', 'team-b']);
    expect(mergeQuestions([question('x-1')], [question('x-1', 'How do you decide which projects get funded first?')]).questions[0]?.text).toMatch(/funded/);
  });

  it('stores under one versioned key in storage.local', async () => {
    const { area, bank } = setup();
    await bank.import({ questions: [question('team-a')] });
    expect(area.data.get(TEAM_QUESTIONS_KEY)).toEqual({ v: 1, value: [question('team-a')] });
  });

  it('rejects a self-serving question with its row and field, and changes nothing', async () => {
    const { area, bank } = setup();
    await bank.import({ questions: [question('team-a')] });
    const before = structuredClone(area.data.get(TEAM_QUESTIONS_KEY));
    await expect(bank.import({ questions: [question('team-b'), question('team-c', 'Would you like to see a demo of our product?')] })).rejects.toThrow(
      /nothing was changed.*question 2, field text: self-serving/,
    );
    expect(area.data.get(TEAM_QUESTIONS_KEY)).toEqual(before);
  });

  it('removes one question by id', async () => {
    const { bank } = setup();
    await bank.import({ questions: [question('team-a'), question('team-b')] });
    expect((await bank.remove({ id: 'team-a' })).questions.map((q) => q.id)).toEqual(['team-b']);
    expect((await bank.get()).questions).toHaveLength(1);
  });
});
